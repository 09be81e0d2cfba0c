#pragma once
#include "timeline/TimelineFilter.h"
#include "timeline/TimelineLayout.h"
#include "timeline/TimelineModel.h"
#include "timeline/VisibleTimeRange.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPoint>
#include <QStringList>
#include <QWidget>

#include <functional>

namespace continuum::app {

// The patient timeline: one lane per department, a date axis whose ticks go from years to months
// to days with the zoom, and a mark per study (modality, image count, colour by location state,
// a red frame and "!" when the patient name or birth date disagrees). Wheel zooms around the
// cursor, drag pans, hovering shows a details card (with a thumbnail when a provider gives one),
// click / ctrl-click select, double-click activates.
class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    // Returns a small image of the study, or a null image when it has none yet.
    using ThumbnailProvider = std::function<QImage(const QString& studyInstanceUid)>;

    explicit TimelineWidget(QWidget* parent = nullptr);

    // Shows a (new) model; keeps the selection of studies still present. The first model with
    // dated studies is fitted into view.
    void setModel(timeline::TimelineModel model);
    const timeline::TimelineModel& model() const { return m_model; }

    timeline::VisibleTimeRange visibleRange() const { return m_range; }
    void setVisibleRange(const timeline::VisibleTimeRange& range);
    // Fits every dated study into view.
    void fitToStudies();

    // The geometry the widget paints with, at its current size.
    timeline::TimelineLayout currentLayout() const;

    // Hides departments / keeps one modality; selected studies that get hidden are deselected.
    void setFilter(timeline::TimelineFilter filter);
    const timeline::TimelineFilter& filter() const { return m_filter; }

    QStringList selectedStudies() const { return m_selection; }
    void setSelectedStudies(const QStringList& studyInstanceUids);
    QString hoveredStudy() const { return m_hovered; }
    void setThumbnailProvider(ThumbnailProvider provider);

    // The details the hover card lists for a study, one line each (description, date, modality,
    // images, location, nodes, mismatch warnings).
    QStringList detailLines(const QString& studyInstanceUid) const;

    // Fill colour of a mark in each location state (tests and a legend use the same values).
    static QColor markColor(timeline::LocationState state);
    static QColor mismatchColor();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A new model was set (studies added, merged from the PACS, states changed).
    void modelChanged();
    void studiesSelected(const QStringList& studyInstanceUids);
    void studyActivated(const QString& studyInstanceUid);
    void visibleRangeChanged(const continuum::timeline::VisibleTimeRange& range);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void paintLanes(QPainter& painter, const timeline::TimelineLayout& layout) const;
    void paintAxis(QPainter& painter, const timeline::TimelineLayout& layout) const;
    void paintMark(QPainter& painter, const timeline::TimelineLayout& layout, const timeline::TimelineItem& item,
                   const timeline::MarkPlacement& mark) const;
    void paintHoverCard(QPainter& painter, const timeline::TimelineLayout& layout);
    QImage thumbnail(const QString& studyInstanceUid);
    void zoomAround(double factor, double x);
    void setHovered(const QString& studyInstanceUid);
    void changeSelection(QStringList selection);
    void updateAccessibleDescription();

    timeline::TimelineModel m_model;
    timeline::VisibleTimeRange m_range;
    timeline::TimelineFilter m_filter;
    bool m_fitted = false;
    QStringList m_selection;
    QString m_hovered;
    QPoint m_hoverPos;
    ThumbnailProvider m_thumbnailProvider;
    QHash<QString, QImage> m_thumbnails;
    // Dragging: where the press happened and the range then; a press that moves less than the
    // drag distance is a click.
    QPoint m_pressPos;
    timeline::VisibleTimeRange m_pressRange;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace continuum::app
