#include "TimelineWidget.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace continuum::app {

using timeline::Department;
using timeline::LocationState;
using timeline::TimelineItem;
using timeline::TimelineLayout;
using timeline::VisibleTimeRange;

namespace {
constexpr double kWheelZoomPerStep = 1.25;   // one wheel notch
constexpr double kKeyPanFraction = 0.1;
constexpr int kThumbnailSize = 96;
} // namespace

TimelineWidget::TimelineWidget(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Patient timeline"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    updateAccessibleDescription();
}

void TimelineWidget::setModel(timeline::TimelineModel model)
{
    m_model = std::move(model);
    QStringList kept;
    for (const QString& uid : std::as_const(m_selection)) {
        if (m_model.item(uid))
            kept.append(uid);
    }
    if (!m_model.item(m_hovered))
        m_hovered.clear();
    if (!m_fitted && m_model.dateExtent())
        fitToStudies();
    changeSelection(kept);
    updateAccessibleDescription();
    update();
    emit modelChanged();
}

void TimelineWidget::setFilter(timeline::TimelineFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = std::move(filter);
    QStringList kept;
    for (const QString& uid : std::as_const(m_selection)) {
        const TimelineItem* item = m_model.item(uid);
        if (item && m_filter.accepts(*item))
            kept.append(uid);
    }
    if (const TimelineItem* hovered = m_model.item(m_hovered); hovered && !m_filter.accepts(*hovered))
        m_hovered.clear();
    changeSelection(kept);
    updateAccessibleDescription();
    update();
}

void TimelineWidget::setVisibleRange(const VisibleTimeRange& range)
{
    if (range == m_range)
        return;
    m_range = range;
    update();
    emit visibleRangeChanged(m_range);
}

void TimelineWidget::fitToStudies()
{
    const auto extent = m_model.dateExtent();
    if (!extent)
        return;
    m_fitted = true;
    setVisibleRange(VisibleTimeRange::fitting(extent->first, extent->second));
}

TimelineLayout TimelineWidget::currentLayout() const
{
    return TimelineLayout(QSizeF(size()), m_range, m_model, m_filter);
}

void TimelineWidget::setSelectedStudies(const QStringList& studyInstanceUids)
{
    QStringList present;
    for (const QString& uid : studyInstanceUids) {
        if (m_model.item(uid) && !present.contains(uid))
            present.append(uid);
    }
    changeSelection(present);
}

void TimelineWidget::setThumbnailProvider(ThumbnailProvider provider)
{
    m_thumbnailProvider = std::move(provider);
    m_thumbnails.clear();
    update();
}

QStringList TimelineWidget::detailLines(const QString& studyInstanceUid) const
{
    const TimelineItem* item = m_model.item(studyInstanceUid);
    if (!item)
        return {};
    const QLocale locale;
    QStringList lines;
    lines.append(item->description.isEmpty() ? tr("(no description)") : item->description);
    QString when = item->date.isValid() ? locale.toString(item->date, QLocale::LongFormat) : tr("date unknown");
    if (item->time.isValid())
        when += QLatin1Char(' ') + locale.toString(item->time, QLocale::ShortFormat);
    lines.append(when);
    lines.append(tr("%1 · %2").arg(item->modalityText().isEmpty() ? tr("no modality") : item->modalityText(),
                                   timeline::departmentDisplayName(item->department)));
    lines.append(item->imageCount == 1 ? tr("1 image") : tr("%1 images").arg(locale.toString(item->imageCount)));
    QString location = timeline::locationStateText(item->location());
    if (item->location() == LocationState::Incomplete && item->retrieveInterrupted)
        location = tr("Incomplete: retrieve interrupted");
    else if (item->location() == LocationState::Incomplete)
        location = tr("Incomplete: series still importing or interrupted (%1)").arg(item->incompleteSeriesCount);
    lines.append(location);
    if (item->alsoOnPacs())
        lines.append(tr("Also on PACS: %1").arg(item->pacsNodes.join(QStringLiteral(", "))));
    else if (!item->local && !item->pacsNodes.isEmpty())
        lines.append(tr("On: %1").arg(item->pacsNodes.join(QStringLiteral(", "))));
    for (const timeline::IdentityMismatch& mismatch : item->mismatches)
        lines.append(QStringLiteral("⚠ ") + mismatch.text());
    return lines;
}

QColor TimelineWidget::markColor(LocationState state)
{
    switch (state) {
    case LocationState::Local: return QColor(47, 111, 186);
    case LocationState::OnPacs: return QColor(232, 240, 250);
    case LocationState::Retrieving: return QColor(232, 170, 40);
    case LocationState::Incomplete: break;
    }
    return QColor(212, 104, 42);
}

QColor TimelineWidget::mismatchColor()
{
    return QColor(205, 30, 30);
}

QSize TimelineWidget::sizeHint() const
{
    return QSize(900, 320);
}

QSize TimelineWidget::minimumSizeHint() const
{
    return QSize(int(TimelineLayout::kLabelWidth) + 200, int(TimelineLayout::kAxisHeight + 4 * (TimelineLayout::kMinMarkHeight + 8)));
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const TimelineLayout layout = currentLayout();
    paintLanes(painter, layout);
    paintAxis(painter, layout);

    painter.save();
    painter.setClipRect(layout.plotRect().adjusted(0, 0, 0, 0));
    painter.setRenderHint(QPainter::Antialiasing);
    QHash<QString, const TimelineItem*> items;
    for (const TimelineItem& item : m_model.items())
        items.insert(item.studyInstanceUid, &item);
    for (const timeline::MarkPlacement& mark : layout.marks()) {
        if (!mark.rect.intersects(layout.plotRect()))
            continue;
        if (const TimelineItem* item = items.value(mark.studyInstanceUid))
            paintMark(painter, layout, *item, mark);
    }
    painter.restore();

    if (!m_hovered.isEmpty())
        paintHoverCard(painter, layout);

    if (m_model.items().empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(layout.plotRect(), Qt::AlignCenter, tr("No studies for this patient"));
    } else if (m_filter.isActive() && layout.marks().empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(layout.plotRect(), Qt::AlignCenter, tr("No study matches the timeline filter"));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineWidget::paintLanes(QPainter& painter, const TimelineLayout& layout) const
{
    const QRectF plot = layout.plotRect();
    for (Department department : timeline::kLaneOrder) {
        const QRectF lane = layout.laneRect(department);
        painter.fillRect(lane, timeline::laneIndex(department) % 2 == 0 ? palette().base() : palette().alternateBase());
        const QRectF label = layout.laneLabelRect(department);
        painter.fillRect(label, palette().button());
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::ButtonText));
        const auto ofDepartment = m_model.itemsOfDepartment(department);
        const int count = static_cast<int>(std::count_if(ofDepartment.begin(), ofDepartment.end(),
                                                         [this](const TimelineItem* item) { return m_filter.accepts(*item); }));
        QString text = count > 0 ? tr("%1 (%2)").arg(timeline::departmentDisplayName(department)).arg(count)
                                 : timeline::departmentDisplayName(department);
        if (m_filter.hiddenDepartments.count(department) > 0) {
            text = tr("%1 (hidden)").arg(timeline::departmentDisplayName(department));
            painter.setPen(palette().color(QPalette::PlaceholderText));
        }
        painter.drawText(label.adjusted(8, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(QPointF(0, lane.bottom()), QPointF(plot.right(), lane.bottom()));
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()));
}

void TimelineWidget::paintAxis(QPainter& painter, const TimelineLayout& layout) const
{
    const QRectF plot = layout.plotRect();
    const QRectF axis = layout.axisRect();
    painter.fillRect(QRectF(0, axis.top(), width(), axis.height()), palette().window());
    const QColor minorGrid = palette().color(QPalette::Midlight);
    const QColor majorGrid = palette().color(QPalette::Mid);
    const QFontMetricsF metrics(painter.font());
    double lastLabelRight = -1e9;
    int labels = 0;
    for (const VisibleTimeRange::Tick& tick : m_range.ticks(plot.width())) {
        const double x = std::round(layout.xFor(tick.time)) + 0.5;
        painter.setPen(QPen(tick.major ? majorGrid : minorGrid, 1));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawLine(QPointF(x, axis.top()), QPointF(x, axis.top() + (tick.major ? 8 : 5)));
        const double labelWidth = metrics.horizontalAdvance(tick.label);
        // Labels start at their tick; skip one that would run into the previous label.
        if (x + 3 > lastLabelRight + 6 && x + 3 + labelWidth <= axis.right() + 2) {
            QFont font = painter.font();
            font.setBold(tick.major);
            painter.setFont(font);
            painter.drawText(QPointF(x + 3, axis.top() + 8 + metrics.ascent()), tick.label);
            font.setBold(false);
            painter.setFont(font);
            lastLabelRight = x + 3 + labelWidth;
            ++labels;
        }
    }
    if (labels == 0) {
        // No tick label fits (a narrow strip): name the date at the left edge instead.
        painter.drawText(QPointF(axis.left() + 3, axis.top() + 8 + metrics.ascent()),
                         QLocale().toString(layout.timeAt(axis.left()).date(), QLocale::ShortFormat));
    }
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawLine(QPointF(plot.left(), axis.top() + 0.5), QPointF(axis.right(), axis.top() + 0.5));
}

void TimelineWidget::paintMark(QPainter& painter, const TimelineLayout& layout, const TimelineItem& item,
                               const timeline::MarkPlacement& mark) const
{
    const LocationState state = item.location();
    const QColor fill = markColor(state);
    const bool selected = m_selection.contains(item.studyInstanceUid);
    const QRectF r = mark.rect;

    // Stem down to the lane's bottom at the exact date.
    const QRectF lane = layout.laneRect(item.department);
    painter.setPen(QPen(fill.darker(140), 1));
    painter.drawLine(QPointF(mark.dateX, r.bottom()), QPointF(mark.dateX, lane.bottom()));

    QPen border(fill.darker(150), 1);
    if (state == LocationState::OnPacs) {
        border = QPen(markColor(LocationState::Local), 1.5, Qt::DashLine);
    }
    if (item.flagged())
        border = QPen(mismatchColor(), 2.5);
    if (selected)
        border = QPen(palette().color(QPalette::Highlight), 3.5);
    painter.setPen(border);
    painter.setBrush(fill);
    painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    if (state == LocationState::Incomplete) {
        // Hatching says "not all there" without relying on colour alone.
        painter.save();
        QPainterPath clip;
        clip.addRoundedRect(r.adjusted(2, 2, -2, -2), 3, 3);
        painter.setClipPath(clip, Qt::IntersectClip);
        painter.fillRect(r, QBrush(fill.darker(130), Qt::BDiagPattern));
        painter.restore();
    }

    const QColor text = (state == LocationState::Local || state == LocationState::Incomplete) ? QColor(Qt::white) : QColor(20, 30, 45);
    painter.setPen(text);
    QFont font = painter.font();
    const QString modality = item.modalityText().isEmpty() ? QStringLiteral("?") : item.modalityText();
    const QString count = QLocale().toString(item.imageCount);
    if (r.height() >= 28) {
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRectF(r.left() + 2, r.top() + 2, r.width() - 4, r.height() / 2 - 1), Qt::AlignHCenter | Qt::AlignBottom,
                         QFontMetricsF(font).elidedText(modality, Qt::ElideRight, r.width() - 6));
        font.setBold(false);
        painter.setFont(font);
        painter.drawText(QRectF(r.left() + 2, r.center().y() + 1, r.width() - 4, r.height() / 2 - 3), Qt::AlignHCenter | Qt::AlignTop,
                         count);
    } else {
        painter.drawText(r.adjusted(2, 0, -2, 0), Qt::AlignCenter,
                         QFontMetricsF(font).elidedText(modality + QLatin1Char(' ') + count, Qt::ElideRight, r.width() - 4));
    }

    // Badges: "!" for an identity mismatch (top right), a PACS dot for a local study also on a
    // node (top left), an arrow while retrieving (left).
    if (item.flagged()) {
        const QRectF badge(r.right() - 7, r.top() - 5, 12, 12);
        painter.setPen(Qt::NoPen);
        painter.setBrush(mismatchColor());
        painter.drawEllipse(badge);
        painter.setPen(Qt::white);
        QFont bold = painter.font();
        bold.setBold(true);
        bold.setPointSizeF(std::max(6.0, bold.pointSizeF() * 0.75));
        painter.setFont(bold);
        painter.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        painter.setFont(font);
    }
    if (item.alsoOnPacs()) {
        painter.setPen(QPen(markColor(LocationState::Local).darker(130), 1));
        painter.setBrush(markColor(LocationState::OnPacs));
        painter.drawEllipse(QRectF(r.left() - 3, r.top() - 3, 8, 8));
    }
    if (state == LocationState::Retrieving) {
        painter.setPen(QPen(text, 1.5));
        const double x = r.left() + 7;
        const double cy = r.center().y();
        painter.drawLine(QPointF(x, cy - 6), QPointF(x, cy + 5));
        painter.drawLine(QPointF(x - 3, cy + 2), QPointF(x, cy + 5));
        painter.drawLine(QPointF(x + 3, cy + 2), QPointF(x, cy + 5));
    }
}

QImage TimelineWidget::thumbnail(const QString& studyInstanceUid)
{
    if (!m_thumbnailProvider)
        return {};
    const auto cached = m_thumbnails.constFind(studyInstanceUid);
    if (cached != m_thumbnails.constEnd())
        return *cached;
    QImage image = m_thumbnailProvider(studyInstanceUid);
    if (!image.isNull())
        image = image.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_thumbnails.insert(studyInstanceUid, image);
    return image;
}

void TimelineWidget::paintHoverCard(QPainter& painter, const TimelineLayout&)
{
    const TimelineItem* item = m_model.item(m_hovered);
    if (!item)
        return;
    const QStringList lines = detailLines(m_hovered);
    const QImage image = thumbnail(m_hovered);
    QFont font = painter.font();
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);
    const QFontMetricsF boldMetrics(bold);
    const double padding = 8;
    double textWidth = 0;
    for (int i = 0; i < lines.size(); ++i)
        textWidth = std::max(textWidth, (i == 0 ? boldMetrics : metrics).horizontalAdvance(lines[i]));
    textWidth = std::min(textWidth, std::max(120.0, width() * 0.6));
    const double lineHeight = metrics.lineSpacing();
    const double imageWidth = image.isNull() ? 0 : image.width() + padding;
    const double height = std::max(lines.size() * lineHeight, image.isNull() ? 0.0 : double(image.height())) + 2 * padding;
    QRectF card(m_hoverPos.x() + 16, m_hoverPos.y() + 16, imageWidth + textWidth + 2 * padding, height);
    // Keep the card inside the widget: flip to the other side of the cursor when needed.
    if (card.right() > width())
        card.moveRight(m_hoverPos.x() - 12);
    if (card.bottom() > this->height())
        card.moveBottom(m_hoverPos.y() - 12);
    card.moveLeft(std::max(0.0, card.left()));
    card.moveTop(std::max(0.0, card.top()));

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::ToolTipText), 1));
    painter.setBrush(palette().toolTipBase());
    painter.drawRoundedRect(card, 5, 5);
    double x = card.left() + padding;
    if (!image.isNull()) {
        painter.drawImage(QPointF(x, card.top() + padding), image);
        x += imageWidth;
    }
    double y = card.top() + padding;
    for (int i = 0; i < lines.size(); ++i) {
        const bool warning = i >= lines.size() - int(item->mismatches.size());
        painter.setFont(i == 0 ? bold : font);
        painter.setPen(warning ? mismatchColor() : palette().color(QPalette::ToolTipText));
        painter.drawText(QRectF(x, y, textWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         (i == 0 ? boldMetrics : metrics).elidedText(lines[i], Qt::ElideRight, textWidth));
        y += lineHeight;
    }
    painter.restore();
}

void TimelineWidget::zoomAround(double factor, double x)
{
    const QRectF plot = currentLayout().plotRect();
    const double anchor = std::clamp((x - plot.left()) / plot.width(), 0.0, 1.0);
    setVisibleRange(m_range.zoomedAt(factor, anchor));
}

void TimelineWidget::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) {
        event->ignore();
        return;
    }
    zoomAround(std::pow(kWheelZoomPerStep, steps), event->position().x());
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressRange = m_range;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
            setHovered({});
        }
        if (m_dragging) {
            const QRectF plot = currentLayout().plotRect();
            setVisibleRange(m_pressRange.pannedBy(-double(pos.x() - m_pressPos.x()) / plot.width()));
        }
        return;
    }
    m_hoverPos = pos;
    setHovered(currentLayout().studyAt(event->position()));
    if (!m_hovered.isEmpty())
        update();   // the card follows the cursor
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const QString uid = currentLayout().studyAt(event->position());
    QStringList selection = m_selection;
    if (event->modifiers() & Qt::ControlModifier) {
        if (!uid.isEmpty()) {
            if (selection.contains(uid))
                selection.removeAll(uid);
            else
                selection.append(uid);
        }
    } else {
        selection = uid.isEmpty() ? QStringList{} : QStringList{uid};
    }
    changeSelection(selection);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QString uid = currentLayout().studyAt(event->position());
    if (event->button() != Qt::LeftButton || uid.isEmpty()) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    m_pressed = false;
    changeSelection({uid});
    emit studyActivated(uid);
}

void TimelineWidget::keyPressEvent(QKeyEvent* event)
{
    const double centre = currentLayout().plotRect().center().x();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(2.0, centre);
        break;
    case Qt::Key_Minus:
        zoomAround(0.5, centre);
        break;
    case Qt::Key_Left:
        setVisibleRange(m_range.pannedBy(-kKeyPanFraction));
        break;
    case Qt::Key_Right:
        setVisibleRange(m_range.pannedBy(kKeyPanFraction));
        break;
    case Qt::Key_Home:
        fitToStudies();
        break;
    case Qt::Key_Escape:
        changeSelection({});
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selection.isEmpty())
            emit studyActivated(m_selection.first());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineWidget::leaveEvent(QEvent* event)
{
    setHovered({});
    QWidget::leaveEvent(event);
}

void TimelineWidget::setHovered(const QString& studyInstanceUid)
{
    if (studyInstanceUid == m_hovered)
        return;
    m_hovered = studyInstanceUid;
    update();
}

void TimelineWidget::changeSelection(QStringList selection)
{
    if (selection == m_selection)
        return;
    m_selection = std::move(selection);
    update();
    updateAccessibleDescription();
    emit studiesSelected(m_selection);
}

void TimelineWidget::updateAccessibleDescription()
{
    const int flagged = int(std::count_if(m_model.items().begin(), m_model.items().end(),
                                          [](const TimelineItem& item) { return item.flagged(); }));
    const int count = int(m_model.items().size());
    QString text = count == 1 ? tr("1 study") : tr("%1 studies").arg(count);
    if (flagged > 0)
        text += QLatin1String(", ") + tr("%1 with a patient name or birth date mismatch").arg(flagged);
    if (!m_selection.isEmpty())
        text += QLatin1String(", ") + tr("%1 selected").arg(m_selection.size());
    setAccessibleDescription(text);
}

} // namespace continuum::app
