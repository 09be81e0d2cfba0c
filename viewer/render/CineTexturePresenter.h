#pragma once
#include "PlacedImage.h"
#include "dicom/DisplayImage.h"

#include <QPointF>
#include <QSize>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

class QOpenGLContext;

namespace continuum::render {

// Presents one 8-bit RGB frame with plain OpenGL: the frame is copied into one texture
// (glTexSubImage2D into storage allocated once per frame size) and drawn as one textured quad
// whose corners the caller gives in widget coordinates. This is what a playing cine loop needs
// per frame; the VTK pipeline (image data, mapper, its own framebuffer and a blit) costs tens of
// milliseconds a frame with software GL. Overlay images (the corner text) are blended over it as
// one quad each, without QPainter.
//
// All calls except the constructor need `context` current (the widget's own, in paintGL() or
// after makeCurrent()). release() frees the GL objects; it must run before the context goes
// away (the destructor only checks that it did).
class CineTexturePresenter {
public:
    enum class Filter { Nearest, Linear };

    // Continuous widget coordinates (pixel p covers [p, p+1)) of the image's corners: the
    // image's top-left (0, 0), top-right (w, 0), bottom-left (0, h) and bottom-right (w, h).
    using Corners = std::array<QPointF, 4>;

    CineTexturePresenter();
    ~CineTexturePresenter();
    CineTexturePresenter(const CineTexturePresenter&) = delete;
    CineTexturePresenter& operator=(const CineTexturePresenter&) = delete;

    // Compiles the program on first use; false (with error()) when the context cannot run it.
    bool ensureCreated(QOpenGLContext& context);
    bool isCreated() const;
    QString error() const { return error_; }

    // Copies the frame into the texture (reallocated only when the size changes); `inverted`
    // stores 255 - value.
    void upload(QOpenGLContext& context, const dicom::DisplayImage& image, bool inverted);
    QSize textureSize() const { return textureSize_; }

    // Into the bound draw framebuffer: clears `viewportPixels` to opaque black, then draws the
    // texture over the quad `corners` of a widget of `widgetSize` (logical pixels). Leaves no
    // program, texture or vertex array bound.
    void draw(QOpenGLContext& context, QSize widgetSize, QSize viewportPixels, const Corners& corners, Filter filter);

    // Blends `images` (premultiplied alpha) over what draw() left, each one to one at its place.
    // Each image is uploaded once, by QImage::cacheKey(); the least recently drawn are freed.
    void drawOverlay(QOpenGLContext& context, QSize widgetSize, QSize viewportPixels, const std::vector<PlacedImage>& images);

    void release(QOpenGLContext& context);

private:
    struct Gl;
    std::unique_ptr<Gl> gl_;
    QSize textureSize_;
    QString error_;
    std::vector<std::uint8_t> inverted_;   // scratch for inverted uploads, kept between frames
};

} // namespace continuum::render
