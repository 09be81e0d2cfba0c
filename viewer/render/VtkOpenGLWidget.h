#pragma once
#include <QWidget>

#include <memory>

class QImage;
class QOpenGLContext;
class QPainter;
class QWindow;
class vtkRenderer;

namespace continuum::render {

// A widget that hosts one VTK renderer in a Qt 6 OpenGL surface (Debian's VTK Qt module is Qt 5
// only, so VTK renders into its own framebuffer inside our GL context and we blit that into the
// surface's).
//
// The surface is a QOpenGLWindow in a window container filling the widget: it swaps on its own.
// A QOpenGLWidget would turn the whole top-level window into one OpenGL surface that Qt composes
// again on every repaint of any widget in it (40-65 ms for a 1600x1000 window with software GL:
// a hovered button or a status message dropped cine frames, docs/PERFORMANCE.md).
// Input reaches this widget as if it were the surface (mouse, wheel, keys, enter, leave, drag and
// drop, its cursor), so subclasses and event filters see no difference. A widget laid over this
// one does not show (the surface is a native window above it): draw in paintOverlay() instead.
//
// The widget renders on every frame: call update() after changing the scene. VTK only renders
// inside paintGL(); a Render() call from elsewhere is ignored. Input is left to subclasses.
// VTK types stay forward-declared here so that users of this header need no VTK include path.
class VtkOpenGLWidget : public QWidget {
    Q_OBJECT
public:
    explicit VtkOpenGLWidget(QWidget* parent = nullptr);
    ~VtkOpenGLWidget() override;

    VtkOpenGLWidget(const VtkOpenGLWidget&) = delete;
    VtkOpenGLWidget& operator=(const VtkOpenGLWidget&) = delete;

    // VTK's OpenGL2 backend needs a 3.2 core profile. Call once before the QApplication exists.
    static void setDefaultSurfaceFormat();

    // The scene: subclasses add their props and set the camera here.
    vtkRenderer* renderer() const;

    // Schedules a frame (paintGL). This widget paints nothing of its own, so it replaces
    // QWidget::update() for everything that changes the picture.
    void update();

    // The surface's context (null before it was first shown) and the framebuffer paintGL()
    // draws into; makeCurrent() binds both.
    QOpenGLContext* context() const;
    unsigned defaultFramebufferObject() const;
    void makeCurrent();
    void doneCurrent();

    // The native GL window (what the window system sends input to).
    QWindow* surfaceWindow() const;

    // Whether a frame painted now would reach the screen (shown, not covered by a hidden tab or
    // a minimised window).
    bool isSurfaceExposed() const;

    // The frame as paintGL() draws it now (rendered again, not swapped); null while the widget
    // is hidden and was never painted.
    QImage grabFramebuffer();

signals:
    // A frame's swap completed on an exposed surface (QOpenGLWindow::frameSwapped).
    void frameSwapped();

protected:
    // Called in paintGL() with the context current, just before VTK renders (camera updates).
    virtual void prepareRender();
    // Called in paintGL() after the VTK frame is in the surface's framebuffer: 2D overlays.
    virtual void paintOverlay(QPainter& painter);

    virtual void initializeGL();
    virtual void resizeGL(int w, int h);
    virtual void paintGL();

    // Runs paintOverlay() with a QPainter on the framebuffer paintGL() draws into.
    void paintOverlayOnFrame();

    bool event(QEvent* event) override;

private:
    class WindowSurface;

    void releaseGraphics();

    struct Vtk;
    std::unique_ptr<Vtk> vtk_;
    WindowSurface* surface_ = nullptr;       // owned by its window container
    QWidget* windowContainer_ = nullptr;     // a child of this widget
    QMetaObject::Connection contextCleanup_;
};

} // namespace continuum::render
