#pragma once
#include <QOpenGLWidget>

#include <memory>

class QPainter;
class vtkRenderer;

namespace continuum::render {

// A Qt 6 QOpenGLWidget that hosts one VTK renderer (Debian's VTK Qt module is Qt 5 only, so VTK
// renders into its own framebuffer inside our GL context and we blit that into the widget).
//
// The widget renders on every paint: call update() after changing the scene. VTK only renders
// inside paintGL(); a Render() call from elsewhere is ignored. Input is left to subclasses.
// VTK types stay forward-declared here so that users of this header need no VTK include path.
class VtkOpenGLWidget : public QOpenGLWidget {
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

protected:
    // Called in paintGL() with the context current, just before VTK renders (camera updates).
    virtual void prepareRender();
    // Called in paintGL() after the VTK frame is in the widget's framebuffer: 2D overlays.
    virtual void paintOverlay(QPainter& painter);

    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;

private:
    void releaseGraphics();

    struct Vtk;
    std::unique_ptr<Vtk> vtk_;
    QMetaObject::Connection contextCleanup_;
};

} // namespace continuum::render
