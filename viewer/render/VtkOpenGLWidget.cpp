#include "VtkOpenGLWidget.h"

#include <QApplication>
#include <QDropEvent>
#include <QEnterEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QOpenGLWindow>
#include <QPaintEvent>
#include <QPainter>
#include <QPointer>
#include <QSurfaceFormat>
#include <QWheelEvent>

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkNew.h>
#include <vtkOpenGLShaderCache.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

#include <utility>

namespace continuum::render {

namespace {

QOpenGLContext* contextOf(void* clientData)
{
    return static_cast<const VtkOpenGLWidget*>(clientData)->context();
}

// VTK asks for its context through these events; the surface's QOpenGLContext answers.
// Never the surface's makeCurrent() here: it rebinds Qt's framebuffer behind VTK's state cache.
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

    explicit Vtk(VtkOpenGLWidget* owner)
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

// The surface. A native child window gets its input from the window system, not through the
// widget tree: each event is sent on to the owner as the widget event it would have had. The
// window never takes the keyboard focus (the owner does, on a click, as a widget would), so
// shortcuts and key handling stay with the widgets.
class VtkOpenGLWidget::WindowSurface final : public QOpenGLWindow {
public:
    explicit WindowSurface(VtkOpenGLWidget& owner)
        : QOpenGLWindow(QOpenGLWindow::NoPartialUpdate)
        , owner_(owner)
    {
        setFlag(Qt::WindowDoesNotAcceptFocus);
        // A swap while not exposed (a grab before the first expose paints once) showed nothing:
        // listeners (cine counts, "first frame shown") hear only of frames that reached the screen.
        connect(this, &QOpenGLWindow::frameSwapped, &owner, [this, &owner] {
            if (isExposed())
                emit owner.frameSwapped();
        });
    }

    // QOpenGLWindow::update() paints when the platform's update timer fires, 5 ms later on xcb:
    // with six loops playing, those waits pushed frames of the 30 ms echo past their slots. The
    // frame is painted on the event loop's next pass instead (QPaintDeviceWindow paints on every
    // UpdateRequest, so update() is not called as well: it would paint each frame twice). A
    // window not exposed paints when it is.
    void requestFrame()
    {
        if (isExposed() && !std::exchange(framePosted_, true))
            QCoreApplication::postEvent(this, new QEvent(QEvent::UpdateRequest));
    }

protected:
    void initializeGL() override { owner_.initializeGL(); }
    void resizeGL(int w, int h) override { owner_.resizeGL(w, h); }
    void paintGL() override { owner_.paintGL(); }

    bool event(QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove: {
            const auto* mouse = static_cast<const QMouseEvent*>(event);
            // A window gets a second press before the double click; widgets never see it (Qt
            // drops it for them), and tools would take it for a new point.
            if (event->type() == QEvent::MouseButtonPress && mouse->flags().testFlag(Qt::MouseEventCreatedDoubleClick)) {
                event->accept();
                return true;
            }
            if (event->type() == QEvent::MouseButtonPress && (owner_.focusPolicy() & Qt::ClickFocus) == Qt::ClickFocus)
                owner_.setFocus(Qt::MouseFocusReason);
            QMouseEvent copy(mouse->type(), mouse->position(), scenePosition(mouse->position()), mouse->globalPosition(),
                             mouse->button(), mouse->buttons(), mouse->modifiers(), mouse->pointingDevice());
            return forward(event, copy);
        }
        case QEvent::Wheel: {
            const auto* wheel = static_cast<const QWheelEvent*>(event);
            if ((owner_.focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
                owner_.setFocus(Qt::MouseFocusReason);
            QWheelEvent copy(wheel->position(), wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                             wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source(), wheel->pointingDevice());
            return forward(event, copy);
        }
        case QEvent::KeyPress:
        case QEvent::KeyRelease: {
            // Only reached if the window system gave this window the focus after all.
            const auto* key = static_cast<const QKeyEvent*>(event);
            QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->nativeScanCode(), key->nativeVirtualKey(),
                           key->nativeModifiers(), key->text(), key->isAutoRepeat(), key->count(), key->device());
            return forward(event, copy);
        }
        case QEvent::Enter: {
            const auto* enter = static_cast<const QEnterEvent*>(event);
            QEnterEvent copy(enter->position(), scenePosition(enter->position()), enter->globalPosition(), enter->pointingDevice());
            return forward(event, copy);
        }
        case QEvent::Leave: {
            QEvent copy(QEvent::Leave);
            QCoreApplication::sendEvent(&owner_, &copy);
            return true;
        }
        case QEvent::DragEnter:
        case QEvent::DragMove:
        case QEvent::DragLeave:
        case QEvent::Drop:
            return forwardDrag(event);
        case QEvent::UpdateRequest:
            framePosted_ = false;
            // Hidden since the request (locked, another tab): nothing reaches the screen, so no
            // paint and no frameSwapped; the expose paints.
            if (!isExposed())
                return true;
            return QOpenGLWindow::event(event);
        default:
            return QOpenGLWindow::event(event);
        }
    }

private:
    QPointF scenePosition(QPointF local) const { return owner_.mapTo(owner_.window(), local); }

    // `original` is the input event `copy` was made from.
    bool forward(QEvent* original, QInputEvent& copy)
    {
        copy.setTimestamp(static_cast<const QInputEvent*>(original)->timestamp());
        QCoreApplication::sendEvent(&owner_, &copy);
        original->setAccepted(copy.isAccepted());
        return true;
    }

    // Drag and drop goes where the widget tree would send it: the nearest widget from the owner
    // up to its window that accepts drops (files dropped on an image are imported).
    bool forwardDrag(QEvent* event)
    {
        if (event->type() == QEvent::DragLeave) {
            // QApplication hands a leave to the widget that accepted the enter (its drag
            // manager's current target), which also lets go of that target.
            if (QWidget* target = std::exchange(dragTarget_, nullptr)) {
                QDragLeaveEvent leave;
                QCoreApplication::sendEvent(target, &leave);
            }
            return true;
        }
        auto* drag = static_cast<QDropEvent*>(event);
        QWidget* target = &owner_;
        while (!target->acceptDrops() && !target->isWindow() && target->parentWidget() != nullptr)
            target = target->parentWidget();
        if (!target->acceptDrops()) {
            drag->ignore();
            return true;
        }
        const QPointF at = owner_.mapTo(target, drag->position());
        if (event->type() == QEvent::Drop) {
            dragTarget_ = nullptr;
            QDropEvent drop(at, drag->possibleActions(), drag->mimeData(), drag->buttons(), drag->modifiers());
            return forwardDragEvent(drag, drop, *target);
        }
        if (event->type() == QEvent::DragEnter || dragTarget_ != target) {
            dragTarget_ = target;
            QDragEnterEvent enter(at.toPoint(), drag->possibleActions(), drag->mimeData(), drag->buttons(), drag->modifiers());
            return forwardDragEvent(drag, enter, *target);
        }
        QDragMoveEvent move(at.toPoint(), drag->possibleActions(), drag->mimeData(), drag->buttons(), drag->modifiers());
        return forwardDragEvent(drag, move, *target);
    }

    // The answer (accepted, drop action) goes back to the window system's event.
    static bool forwardDragEvent(QDropEvent* original, QDropEvent& copy, QWidget& target)
    {
        copy.setDropAction(original->dropAction());
        copy.setAccepted(original->isAccepted());
        QCoreApplication::sendEvent(&target, &copy);
        original->setDropAction(copy.dropAction());
        original->setAccepted(copy.isAccepted());
        return true;
    }

    VtkOpenGLWidget& owner_;
    QPointer<QWidget> dragTarget_;
    bool framePosted_ = false;
};

VtkOpenGLWidget::VtkOpenGLWidget(QWidget* parent)
    : QWidget(parent)
    , vtk_(std::make_unique<Vtk>(this))
    , surface_(new WindowSurface(*this))
    , windowContainer_(QWidget::createWindowContainer(surface_, this))
{
    // The surface covers every pixel: nothing of this widget's own shows.
    setAttribute(Qt::WA_OpaquePaintEvent);
    windowContainer_->setFocusPolicy(Qt::NoFocus);
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

void VtkOpenGLWidget::update()
{
    surface_->requestFrame();
}

QOpenGLContext* VtkOpenGLWidget::context() const
{
    return surface_->context();
}

unsigned VtkOpenGLWidget::defaultFramebufferObject() const
{
    return surface_->defaultFramebufferObject();
}

void VtkOpenGLWidget::makeCurrent()
{
    surface_->makeCurrent();
}

void VtkOpenGLWidget::doneCurrent()
{
    surface_->doneCurrent();
}

QWindow* VtkOpenGLWidget::surfaceWindow() const
{
    return surface_;
}

bool VtkOpenGLWidget::isSurfaceExposed() const
{
    return surface_->isExposed();
}

QImage VtkOpenGLWidget::grabFramebuffer()
{
    if (!surface_->isValid() && isVisible() && surface_->handle() != nullptr) {
        // Shown, but its first expose has not come yet (a snapshot right after show()): paint once
        // now, which sets the context up as the expose would.
        QPaintEvent paint(QRect(QPoint(0, 0), surface_->size()));
        QCoreApplication::sendEvent(surface_, &paint);
    }
    if (!surface_->isValid())
        return {};
    // Draw the frame into the back buffer again and read it before any swap.
    surface_->makeCurrent();
    paintGL();
    context()->functions()->glBindFramebuffer(GL_FRAMEBUFFER, defaultFramebufferObject());
    return surface_->grabFramebuffer();
}

bool VtkOpenGLWidget::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::Resize:
        windowContainer_->setGeometry(rect());
        break;
    case QEvent::CursorChange:
        // A native child window shows its own cursor, not the widget's.
        surface_->setCursor(cursor());
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

void VtkOpenGLWidget::paintOverlayOnFrame()
{
    QPainter painter(surface_);
    paintOverlay(painter);
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
    // QPainter clips to a path (the magnifier's circle) with the stencil buffer: the window's own
    // framebuffer needs one (a QOpenGLWidget's FBO always had it).
    format.setStencilBufferSize(8);
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
    // A framebuffer object draws into its attachment; a window's own framebuffer into its back buffer.
    const GLenum drawBuffer = defaultFramebufferObject() != 0 ? GL_COLOR_ATTACHMENT0 : GL_BACK_LEFT;
    gl->glDrawBuffers(1, &drawBuffer);
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

    paintOverlayOnFrame();
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
