#include "VtkOpenGLWidget.h"

#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QPainter>
#include <QSurfaceFormat>

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkNew.h>
#include <vtkOpenGLShaderCache.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

namespace continuum::render {

namespace {

QOpenGLContext* contextOf(void* clientData)
{
    return static_cast<QOpenGLWidget*>(clientData)->context();
}

// VTK asks for its context through these events; the widget's QOpenGLContext answers.
// Never QOpenGLWidget::makeCurrent() here: it rebinds Qt's framebuffer behind VTK's state cache.
void onMakeCurrent(vtkObject*, unsigned long, void* clientData, void*)
{
    QOpenGLContext* context = contextOf(clientData);
    if (context != nullptr && QOpenGLContext::currentContext() != context)
        context->makeCurrent(context->surface());
}

void onIsCurrent(vtkObject*, unsigned long, void* clientData, void* callData)
{
    QOpenGLContext* context = contextOf(clientData);
    *static_cast<bool*>(callData) = context != nullptr && QOpenGLContext::currentContext() == context;
}

void onSupportsOpenGL(vtkObject*, unsigned long, void*, void* callData)
{
    *static_cast<int*>(callData) = 1; // the widget's context is the 3.2 core one we asked for
}

void onIsDirect(vtkObject*, unsigned long, void*, void* callData)
{
    *static_cast<int*>(callData) = 1;
}

} // namespace

struct VtkOpenGLWidget::Vtk {
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkRenderer> renderer;
    bool glReady = false; // VTK has been initialised from the widget's current context

    explicit Vtk(QOpenGLWidget* owner)
    {
        const auto observe = [&](unsigned long event, void (*function)(vtkObject*, unsigned long, void*, void*)) {
            vtkNew<vtkCallbackCommand> command;
            command->SetClientData(owner);
            command->SetCallback(function);
            window->AddObserver(event, command);
        };
        observe(vtkCommand::WindowMakeCurrentEvent, onMakeCurrent);
        observe(vtkCommand::WindowIsCurrentEvent, onIsCurrent);
        observe(vtkCommand::WindowSupportsOpenGLEvent, onSupportsOpenGL);
        observe(vtkCommand::WindowIsDirectEvent, onIsDirect);
        // VTK renders into its own framebuffer; paintGL() blits it into Qt's.
        window->SetFrameBlitModeToNoBlit();
        window->SetOwnContext(false);
        window->SetReadyForRendering(false);
        window->AddRenderer(renderer);
        renderer->SetBackground(0.0, 0.0, 0.0);
    }
};

VtkOpenGLWidget::VtkOpenGLWidget(QWidget* parent)
    : QOpenGLWidget(parent)
    , vtk_(std::make_unique<Vtk>(this))
{
    setUpdateBehavior(QOpenGLWidget::NoPartialUpdate);
}

VtkOpenGLWidget::~VtkOpenGLWidget()
{
    QObject::disconnect(contextCleanup_);
    releaseGraphics();
    // Destroy the VTK objects with the context current: their destructors may still touch GL.
    const bool hasContext = context() != nullptr;
    if (hasContext)
        makeCurrent();
    vtk_.reset();
    if (hasContext)
        doneCurrent();
}

void VtkOpenGLWidget::setDefaultSurfaceFormat()
{
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    format.setRedBufferSize(8);
    format.setGreenBufferSize(8);
    format.setBlueBufferSize(8);
    format.setAlphaBufferSize(8);
    format.setDepthBufferSize(8);
    format.setStencilBufferSize(0);
    format.setSamples(0);
    QSurfaceFormat::setDefaultFormat(format);
}

vtkRenderer* VtkOpenGLWidget::renderer() const
{
    return vtk_->renderer;
}

void VtkOpenGLWidget::prepareRender() {}

void VtkOpenGLWidget::paintOverlay(QPainter&) {}

void VtkOpenGLWidget::initializeGL()
{
    // A new context (first show, or re-parenting into another window): the old one's
    // resources were released in releaseGraphics() when it was about to be destroyed.
    QObject::disconnect(contextCleanup_);
    contextCleanup_ = connect(context(), &QOpenGLContext::aboutToBeDestroyed, this,
                              &VtkOpenGLWidget::releaseGraphics, Qt::DirectConnection);

    vtkOpenGLState* state = vtk_->window->GetState();
    state->Reset();
    vtk_->window->SetReadyForRendering(true);
    vtk_->window->InitializeFromCurrentContext();
    vtk_->window->SetReadyForRendering(false);
    vtk_->glReady = true;
}

void VtkOpenGLWidget::resizeGL(int w, int h)
{
    const QSize deviceSize = QSize(w, h) * devicePixelRatio();
    vtk_->window->SetSize(deviceSize.width(), deviceSize.height());
}

void VtkOpenGLWidget::paintGL()
{
    if (!vtk_->glReady)
        return;
    vtkGenericOpenGLRenderWindow* window = vtk_->window;
    const QSize deviceSize = size() * devicePixelRatio();
    const int* vtkSize = window->GetSize();
    if (vtkSize[0] != deviceSize.width() || vtkSize[1] != deviceSize.height())
        window->SetSize(deviceSize.width(), deviceSize.height());

    prepareRender();

    // Qt (and QPainter in the previous frame) changed GL state behind VTK's cache: re-read it.
    vtkOpenGLState* state = window->GetState();
    state->Reset();
    state->Push();
    state->vtkglDepthFunc(GL_LEQUAL); // Qt leaves GL_LESS; VTK expects GL_LEQUAL
    // QPainter binds its own shader programs; make VTK re-bind its own instead of trusting its cache.
    window->GetShaderCache()->ReleaseCurrentShader();

    window->SetReadyForRendering(true);
    window->Render();
    window->SetReadyForRendering(false);

    QOpenGLExtraFunctions* gl = context()->extraFunctions();
    gl->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    const GLenum colorAttachment = GL_COLOR_ATTACHMENT0;
    gl->glDrawBuffers(1, &colorAttachment);
    const bool scissor = gl->glIsEnabled(GL_SCISSOR_TEST) == GL_TRUE;
    if (scissor) {
        state->vtkglDisable(GL_SCISSOR_TEST);
        gl->glDisable(GL_SCISSOR_TEST);
    }
    const int* renderSize = window->GetSize();
    window->BlitDisplayFramebuffer(0, 0, 0, renderSize[0], renderSize[1], 0, 0, deviceSize.width(),
                                   deviceSize.height(), GL_COLOR_BUFFER_BIT, GL_NEAREST);

    // Opaque alpha, or the compositor (and grabFramebuffer()) blends the frame with what is behind.
    GLboolean colorMask[4];
    gl->glGetBooleanv(GL_COLOR_WRITEMASK, colorMask);
    GLfloat clearColor[4];
    gl->glGetFloatv(GL_COLOR_CLEAR_VALUE, clearColor);
    gl->glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    gl->glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    gl->glViewport(0, 0, deviceSize.width(), deviceSize.height());
    gl->glClear(GL_COLOR_BUFFER_BIT);
    gl->glColorMask(colorMask[0], colorMask[1], colorMask[2], colorMask[3]);
    gl->glClearColor(clearColor[0], clearColor[1], clearColor[2], clearColor[3]);

    if (scissor) {
        state->vtkglEnable(GL_SCISSOR_TEST);
        gl->glEnable(GL_SCISSOR_TEST);
    }
    state->Pop();

    QPainter painter(this);
    paintOverlay(painter);
}

void VtkOpenGLWidget::releaseGraphics()
{
    if (!vtk_ || !vtk_->glReady)
        return;
    makeCurrent(); // outside VTK's callbacks, so Qt's own makeCurrent is right here
    vtk_->window->Finalize();
    vtk_->glReady = false;
    doneCurrent();
}

} // namespace continuum::render
