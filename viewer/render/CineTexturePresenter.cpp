#include "CineTexturePresenter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QSurfaceFormat>

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <unordered_map>

namespace continuum::render {

namespace {

// The quad is a 4-vertex triangle strip (top-left, top-right, bottom-left, bottom-right) whose
// positions come from uniforms: no vertex buffer to fill per frame. Texture row 0 is the image's
// first row (uploaded top-down), so texture coordinate (0, 0) is the image's top-left corner.
const char* const kVertexShader = R"(
uniform vec2 corners[4];
out vec2 textureCoord;
void main()
{
    const vec2 coords[4] = vec2[4](vec2(0.0, 0.0), vec2(1.0, 0.0), vec2(0.0, 1.0), vec2(1.0, 1.0));
    textureCoord = coords[gl_VertexID];
    gl_Position = vec4(corners[gl_VertexID], 0.0, 1.0);
}
)";

// The frame is drawn opaque; overlay images keep their (premultiplied) alpha for blending.
const char* const kFragmentShader = R"(
uniform sampler2D frame;
uniform int blended;
in vec2 textureCoord;
out vec4 colour;
void main()
{
    vec4 texel = texture(frame, textureCoord);
    colour = blended != 0 ? texel : vec4(texel.rgb, 1.0);
}
)";

// Overlay textures kept: more than a loop's distinct corner texts, few enough to stay small.
constexpr std::size_t kMaxOverlayTextures = 256;

// VTK or QPainter may have left any pixel-unpacking state: uploads set what they need (rows
// `alignment`-aligned, tightly packed, from client memory) and put the rest back afterwards.
class ScopedUnpackState {
public:
    ScopedUnpackState(QOpenGLExtraFunctions& f, GLint alignment)
        : f_(f)
    {
        f_.glGetIntegerv(GL_UNPACK_ALIGNMENT, &alignment_);
        f_.glGetIntegerv(GL_UNPACK_ROW_LENGTH, &rowLength_);
        f_.glGetIntegerv(GL_PIXEL_UNPACK_BUFFER_BINDING, &unpackBuffer_);
        f_.glPixelStorei(GL_UNPACK_ALIGNMENT, alignment);
        f_.glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        if (unpackBuffer_ != 0)
            f_.glBindBuffer(GL_PIXEL_UNPACK_BUFFER, 0);
    }
    ~ScopedUnpackState()
    {
        if (unpackBuffer_ != 0)
            f_.glBindBuffer(GL_PIXEL_UNPACK_BUFFER, static_cast<GLuint>(unpackBuffer_));
        f_.glPixelStorei(GL_UNPACK_ALIGNMENT, alignment_);
        f_.glPixelStorei(GL_UNPACK_ROW_LENGTH, rowLength_);
    }
    ScopedUnpackState(const ScopedUnpackState&) = delete;
    ScopedUnpackState& operator=(const ScopedUnpackState&) = delete;

private:
    QOpenGLExtraFunctions& f_;
    GLint alignment_ = 4;
    GLint rowLength_ = 0;
    GLint unpackBuffer_ = 0;
};

// Widget coordinates (y down) of a quad's four corners to normalised device coordinates (y up).
std::array<GLfloat, 8> toNdc(const std::array<QPointF, 4>& corners, QSize widgetSize)
{
    std::array<GLfloat, 8> ndc{};
    for (std::size_t i = 0; i < corners.size(); ++i) {
        ndc[2 * i] = static_cast<GLfloat>(2.0 * corners[i].x() / widgetSize.width() - 1.0);
        ndc[2 * i + 1] = static_cast<GLfloat>(1.0 - 2.0 * corners[i].y() / widgetSize.height());
    }
    return ndc;
}

QByteArray versionLine(const QOpenGLContext& context)
{
    const QSurfaceFormat format = context.format();
    if (context.isOpenGLES())
        return "#version 300 es\nprecision highp float;\n";
    // 3.2 core (what VtkOpenGLWidget asks for) takes GLSL 1.50; older contexts 1.30.
    return format.version() >= qMakePair(3, 2) ? "#version 150\n" : "#version 130\n";
}

} // namespace

struct CineTexturePresenter::Gl {
    GLuint program = 0;
    GLuint vertexArray = 0;
    GLuint texture = 0;
    GLint cornersLocation = -1;
    GLint frameLocation = -1;
    GLint blendedLocation = -1;
    // Overlay images by QImage::cacheKey(): uploaded once, dropped least recently drawn first.
    struct OverlayTexture {
        GLuint name = 0;
        std::uint64_t lastDrawn = 0;
    };
    std::unordered_map<qint64, OverlayTexture> overlays;
    std::uint64_t overlayDraws = 0;
};

CineTexturePresenter::CineTexturePresenter() = default;

CineTexturePresenter::~CineTexturePresenter()
{
    // GL names cannot be freed without their context: the owner calls release() first.
    assert(!gl_ && "CineTexturePresenter destroyed without release()");
}

bool CineTexturePresenter::isCreated() const
{
    return gl_ != nullptr;
}

bool CineTexturePresenter::ensureCreated(QOpenGLContext& context)
{
    if (gl_)
        return true;
    if (!error_.isEmpty())
        return false;
    QOpenGLExtraFunctions* f = context.extraFunctions();
    const QByteArray version = versionLine(context);
    auto compile = [&](GLenum type, const char* body, GLuint& shader) {
        shader = f->glCreateShader(type);
        const QByteArray source = version + body;
        const char* text = source.constData();
        f->glShaderSource(shader, 1, &text, nullptr);
        f->glCompileShader(shader);
        GLint ok = GL_FALSE;
        f->glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
        if (ok == GL_TRUE)
            return true;
        QByteArray log(4096, '\0');
        GLsizei length = 0;
        f->glGetShaderInfoLog(shader, static_cast<GLsizei>(log.size()), &length, log.data());
        log.truncate(length);
        error_ = QCoreApplication::translate("CineTexturePresenter", "Cine shader does not compile: %1").arg(QString::fromUtf8(log));
        return false;
    };
    GLuint vertex = 0;
    GLuint fragment = 0;
    const bool compiled = compile(GL_VERTEX_SHADER, kVertexShader, vertex) && compile(GL_FRAGMENT_SHADER, kFragmentShader, fragment);
    GLuint program = 0;
    if (compiled) {
        program = f->glCreateProgram();
        f->glAttachShader(program, vertex);
        f->glAttachShader(program, fragment);
        f->glLinkProgram(program);
        GLint ok = GL_FALSE;
        f->glGetProgramiv(program, GL_LINK_STATUS, &ok);
        if (ok != GL_TRUE) {
            QByteArray log(4096, '\0');
            GLsizei length = 0;
            f->glGetProgramInfoLog(program, static_cast<GLsizei>(log.size()), &length, log.data());
            log.truncate(length);
            error_ = QCoreApplication::translate("CineTexturePresenter", "Cine shader does not link: %1").arg(QString::fromUtf8(log));
            f->glDeleteProgram(program);
            program = 0;
        }
    }
    if (vertex != 0)
        f->glDeleteShader(vertex);
    if (fragment != 0)
        f->glDeleteShader(fragment);
    if (program == 0)
        return false;

    auto gl = std::make_unique<Gl>();
    gl->program = program;
    gl->cornersLocation = f->glGetUniformLocation(program, "corners");
    gl->frameLocation = f->glGetUniformLocation(program, "frame");
    gl->blendedLocation = f->glGetUniformLocation(program, "blended");
    f->glGenVertexArrays(1, &gl->vertexArray);
    f->glGenTextures(1, &gl->texture);
    gl_ = std::move(gl);
    textureSize_ = {};
    return true;
}

void CineTexturePresenter::upload(QOpenGLContext& context, const dicom::DisplayImage& image, bool inverted)
{
    const std::size_t bytes = static_cast<std::size_t>(std::max(image.width, 0)) * static_cast<std::size_t>(std::max(image.height, 0)) * 3;
    if (!gl_ || bytes == 0 || image.rgb.size() < bytes)
        return;
    const std::uint8_t* texels = image.rgb.data();
    if (inverted) {
        // Inverted before filtering, as SliceViewport inverts the image it gives VTK: inverting
        // the filtered value instead differs by a rounding step of the 8-bit filter.
        inverted_.resize(bytes);
        std::transform(image.rgb.begin(), image.rgb.begin() + static_cast<std::ptrdiff_t>(bytes), inverted_.begin(),
                       [](std::uint8_t v) { return static_cast<std::uint8_t>(255 - v); });
        texels = inverted_.data();
    }
    QOpenGLExtraFunctions* f = context.extraFunctions();
    f->glActiveTexture(GL_TEXTURE0);
    f->glBindTexture(GL_TEXTURE_2D, gl_->texture);
    // Rows of width * 3 bytes are not 4-byte aligned.
    const ScopedUnpackState unpack(*f, 1);
    const QSize size(image.width, image.height);
    if (textureSize_ != size) {
        // Storage once per loop size; every frame after that only replaces the texels.
        f->glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB8, image.width, image.height, 0, GL_RGB, GL_UNSIGNED_BYTE, nullptr);
        f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
        textureSize_ = size;
    }
    f->glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, image.width, image.height, GL_RGB, GL_UNSIGNED_BYTE, texels);
    f->glBindTexture(GL_TEXTURE_2D, 0);
}

void CineTexturePresenter::draw(QOpenGLContext& context, QSize widgetSize, QSize viewportPixels, const Corners& corners,
                                Filter filter)
{
    QOpenGLExtraFunctions* f = context.extraFunctions();
    f->glViewport(0, 0, viewportPixels.width(), viewportPixels.height());
    // Whatever VTK or QPainter left enabled must not touch the quad.
    f->glDisable(GL_SCISSOR_TEST);
    f->glDisable(GL_DEPTH_TEST);
    f->glDisable(GL_STENCIL_TEST);
    f->glDisable(GL_BLEND);
    f->glDisable(GL_CULL_FACE);
    f->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    // Opaque black, like the VTK renderer's background with the alpha VtkOpenGLWidget forces.
    f->glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    f->glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    if (!gl_ || textureSize_.isEmpty() || widgetSize.isEmpty())
        return;

    const auto ndc = toNdc(corners, widgetSize);
    f->glUseProgram(gl_->program);
    f->glUniform2fv(gl_->cornersLocation, 4, ndc.data());
    f->glUniform1i(gl_->frameLocation, 0);
    f->glUniform1i(gl_->blendedLocation, 0);
    f->glActiveTexture(GL_TEXTURE0);
    f->glBindTexture(GL_TEXTURE_2D, gl_->texture);
    const GLint glFilter = filter == Filter::Nearest ? GL_NEAREST : GL_LINEAR;
    f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, glFilter);
    f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, glFilter);
    f->glBindVertexArray(gl_->vertexArray);
    f->glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    f->glBindVertexArray(0);
    f->glBindTexture(GL_TEXTURE_2D, 0);
    f->glUseProgram(0);
}

void CineTexturePresenter::drawOverlay(QOpenGLContext& context, QSize widgetSize, QSize viewportPixels,
                                       const std::vector<PlacedImage>& images)
{
    if (!gl_ || images.empty() || widgetSize.isEmpty())
        return;
    QOpenGLExtraFunctions* f = context.extraFunctions();
    f->glViewport(0, 0, viewportPixels.width(), viewportPixels.height());
    f->glDisable(GL_SCISSOR_TEST);
    f->glDisable(GL_DEPTH_TEST);
    f->glDisable(GL_STENCIL_TEST);
    f->glDisable(GL_CULL_FACE);
    f->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    // Premultiplied source over the frame; the frame's alpha stays opaque for the compositor.
    f->glEnable(GL_BLEND);
    f->glBlendFuncSeparate(GL_ONE, GL_ONE_MINUS_SRC_ALPHA, GL_ZERO, GL_ONE);
    f->glUseProgram(gl_->program);
    f->glUniform1i(gl_->frameLocation, 0);
    f->glUniform1i(gl_->blendedLocation, 1);
    f->glActiveTexture(GL_TEXTURE0);
    f->glBindVertexArray(gl_->vertexArray);

    const ScopedUnpackState unpack(*f, 4);   // QImage rows of 32-bit pixels
    const std::uint64_t draw = ++gl_->overlayDraws;
    for (const PlacedImage& placed : images) {
        if (placed.image.isNull())
            continue;
        auto [entry, added] = gl_->overlays.try_emplace(placed.image.cacheKey());
        entry->second.lastDrawn = draw;
        if (added) {
            const QImage rgba = placed.image.convertToFormat(QImage::Format_RGBA8888_Premultiplied);
            f->glGenTextures(1, &entry->second.name);
            f->glBindTexture(GL_TEXTURE_2D, entry->second.name);
            f->glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, rgba.width(), rgba.height(), 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba.constBits());
            // Drawn one to one at whole device pixels: nearest keeps the glyphs exact.
            f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
            f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
            f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
            f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
            f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
        } else {
            f->glBindTexture(GL_TEXTURE_2D, entry->second.name);
        }
        const QSizeF size = placed.image.deviceIndependentSize();
        const QPointF tl = placed.topLeft;
        const auto ndc = toNdc({tl, tl + QPointF(size.width(), 0), tl + QPointF(0, size.height()), tl + QPointF(size.width(), size.height())},
                               widgetSize);
        f->glUniform2fv(gl_->cornersLocation, 4, ndc.data());
        f->glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    }

    f->glBindVertexArray(0);
    f->glBindTexture(GL_TEXTURE_2D, 0);
    f->glUseProgram(0);
    f->glDisable(GL_BLEND);

    // Bounded: the least recently drawn go once there are too many.
    if (gl_->overlays.size() > kMaxOverlayTextures) {
        std::vector<std::pair<std::uint64_t, qint64>> byAge;
        byAge.reserve(gl_->overlays.size());
        for (const auto& [key, texture] : gl_->overlays)
            byAge.emplace_back(texture.lastDrawn, key);
        std::sort(byAge.begin(), byAge.end());
        for (std::size_t i = 0; i < byAge.size() - kMaxOverlayTextures / 2; ++i) {
            const auto found = gl_->overlays.find(byAge[i].second);
            f->glDeleteTextures(1, &found->second.name);
            gl_->overlays.erase(found);
        }
    }
}

void CineTexturePresenter::release(QOpenGLContext& context)
{
    if (!gl_)
        return;
    QOpenGLExtraFunctions* f = context.extraFunctions();
    for (const auto& [key, texture] : gl_->overlays)
        f->glDeleteTextures(1, &texture.name);
    f->glDeleteTextures(1, &gl_->texture);
    f->glDeleteVertexArrays(1, &gl_->vertexArray);
    f->glDeleteProgram(gl_->program);
    gl_.reset();
    textureSize_ = {};
}

} // namespace continuum::render
