#include "TumorBoardReport.h"

#include "dicom/LocaleFormat.h"

#include "LesionTableView.h"
#include "RecistChartView.h"

#include "oncology/LesionTable.h"
#include "oncology/RecistEvaluator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace continuum::app {

using namespace oncology;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::app::TumorBoardReport", text);
}

constexpr int kResolution = 300;   // dots per inch of the PDF's device coordinates

double mm(double millimetres)
{
    return millimetres * kResolution / 25.4;
}

QFont font(double pointSize, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

// Lays text out top to bottom on the pages of one painter.
class PageCursor {
public:
    PageCursor(QPdfWriter& writer, QPainter& painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_area(QPointF(0, 0), QSizeF(writer.width(), writer.height()))
    {
    }
    QRectF area() const { return m_area; }
    double y() const { return m_y; }
    double remaining() const { return m_area.bottom() - m_y; }
    void advance(double by) { m_y += by; }
    void newPage()
    {
        m_writer.newPage();
        m_y = 0;
    }
    // Wrapped text at the cursor; returns its height.
    double text(const QString& text, const QFont& f, const QColor& colour = Qt::black, double indent = 0)
    {
        m_painter.setFont(f);
        m_painter.setPen(colour);
        const QRectF box(m_area.left() + indent, m_y, m_area.width() - indent, m_area.height());
        const QRectF used = m_painter.boundingRect(box, Qt::TextWordWrap, text);
        if (used.height() > remaining())
            newPage();
        const QRectF at(m_area.left() + indent, m_y, m_area.width() - indent, used.height());
        m_painter.drawText(at, Qt::TextWordWrap, text);
        m_y += used.height();
        return used.height();
    }

private:
    QPdfWriter& m_writer;
    QPainter& m_painter;
    QRectF m_area;
    double m_y = 0;
};

// A grid of wrapped cells; returns the row height needed.
double rowHeight(QPainter& painter, const std::vector<QString>& cells, const std::vector<double>& widths, double padding)
{
    double height = 0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const QRectF used = painter.boundingRect(QRectF(0, 0, widths[i] - 2 * padding, 1e6), Qt::TextWordWrap, cells[i]);
        height = std::max(height, used.height());
    }
    return height + 2 * padding;
}

struct GridCell {
    GridCell(QString cellText, std::optional<Response> cellResponse = std::nullopt, bool cellBold = false)
        : text(std::move(cellText)), response(cellResponse), bold(cellBold)
    {
    }
    QString text;
    std::optional<Response> response;
    bool bold = false;
};

void drawGridRow(QPainter& painter, double x, double y, const std::vector<GridCell>& cells, const std::vector<double>& widths,
                 double height, double padding, bool header)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const QRectF cell(x, y, widths[i], height);
        if (header)
            painter.fillRect(cell, QColor(0xe0, 0xe0, 0xe0));
        else if (cells[i].response)
            painter.fillRect(cell, LesionTableView::responseColour(*cells[i].response));
        painter.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), mm(0.15)));
        painter.drawRect(cell);
        QFont f = painter.font();
        f.setBold(header || cells[i].bold);
        painter.setFont(f);
        painter.setPen(cells[i].response ? Qt::white : Qt::black);
        painter.drawText(cell.adjusted(padding, padding, -padding, -padding), Qt::TextWordWrap | Qt::AlignVCenter, cells[i].text);
        x += widths[i];
    }
}

// Draws a table, breaking pages as needed and repeating the header row.
void drawTable(PageCursor& cursor, QPainter& painter, const std::vector<GridCell>& header, const std::vector<std::vector<GridCell>>& rows,
               const std::vector<double>& widths)
{
    const double padding = mm(1.0);
    painter.setFont(font(7.5));
    auto texts = [](const std::vector<GridCell>& cells) {
        std::vector<QString> result;
        for (const GridCell& cell : cells)
            result.push_back(cell.text);
        return result;
    };
    painter.setFont(font(7.5, true));
    const double headerHeight = rowHeight(painter, texts(header), widths, padding);
    drawGridRow(painter, cursor.area().left(), cursor.y(), header, widths, headerHeight, padding, true);
    cursor.advance(headerHeight);
    for (const auto& row : rows) {
        painter.setFont(font(7.5, true));
        const double height = rowHeight(painter, texts(row), widths, padding);
        if (height > cursor.remaining()) {
            cursor.newPage();
            painter.setFont(font(7.5, true));
            drawGridRow(painter, cursor.area().left(), cursor.y(), header, widths, headerHeight, padding, true);
            cursor.advance(headerHeight);
        }
        painter.setFont(font(7.5));
        drawGridRow(painter, cursor.area().left(), cursor.y(), row, widths, height, padding, false);
        cursor.advance(height);
    }
}

QString dateText(QDate date)
{
    return date.isValid() ? dicom::LocaleFormat::date(date) : tr("unknown");
}

QString sizeText(const Lesion& lesion, const LesionObservation* observation)
{
    return LesionTable::lesionCell(lesion, observation).text;
}

// The part of the image around the lesion: three times its size, at least 96 pixels.
QRectF cropAround(const QImage& image, const LesionObservation& observation)
{
    std::vector<PixelPoint> points;
    for (const auto& axis : {observation.longAxis, observation.shortAxis})
        if (axis) {
            points.push_back(axis->start);
            points.push_back(axis->end);
        }
    const double imageSide = std::min(image.width(), image.height());
    if (points.empty())
        return QRectF(0, 0, image.width(), image.height());
    double minX = points[0].x, maxX = minX, minY = points[0].y, maxY = minY;
    for (const PixelPoint& p : points) {
        minX = std::min(minX, p.x), maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
    }
    const double side = std::clamp(3.0 * std::max(maxX - minX, maxY - minY), std::min(96.0, imageSide), imageSide);
    const QPointF centre((minX + maxX) / 2.0 + 0.5, (minY + maxY) / 2.0 + 0.5);
    QRectF crop(centre.x() - side / 2.0, centre.y() - side / 2.0, side, side);
    crop.moveLeft(std::clamp(crop.left(), 0.0, image.width() - side));
    crop.moveTop(std::clamp(crop.top(), 0.0, image.height() - side));
    return crop;
}

void drawAxis(QPainter& painter, const AxisMeasurement& axis, const QRectF& crop, const QRectF& tile, const QColor& colour)
{
    const double scale = tile.width() / crop.width();
    auto map = [&](PixelPoint p) {
        // Pixel centres: frame pixel (i, j) covers [i, i+1) x [j, j+1) of the image.
        return QPointF(tile.left() + (p.x + 0.5 - crop.left()) * scale, tile.top() + (p.y + 0.5 - crop.top()) * scale);
    };
    const QPointF a = map(axis.start), b = map(axis.end);
    painter.setPen(QPen(colour, mm(0.35), Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(a, b);
    // End ticks across the line, so the endpoints stay visible on bright tissue.
    const QPointF direction = b - a;
    const double length = std::hypot(direction.x(), direction.y());
    if (length > 0) {
        const QPointF normal(-direction.y() / length * mm(1.2), direction.x() / length * mm(1.2));
        painter.drawLine(a - normal, a + normal);
        painter.drawLine(b - normal, b + normal);
    }
    painter.setFont(font(6.5, true));
    const QString label = QString::number(axis.lengthMm, 'f', 1) + QStringLiteral(" mm");
    // Beside the end point, so the two axes' labels do not cover each other at the centre.
    QPointF at = b + QPointF(mm(1.0), -mm(1.0));
    const QRectF box = painter.boundingRect(QRectF(at, QSizeF(mm(30), mm(6))), Qt::AlignLeft | Qt::AlignTop, label);
    QRectF placed = box;
    placed.moveRight(std::min(box.right(), tile.right() - mm(0.5)));
    placed.moveTop(std::clamp(box.top(), tile.top() + mm(0.5), tile.bottom() - box.height() - mm(0.5)));
    painter.fillRect(placed.adjusted(-mm(0.4), 0, mm(0.4), 0), QColor(0, 0, 0, 160));
    painter.setPen(colour);
    painter.drawText(placed, Qt::AlignLeft | Qt::AlignTop, label);
}

} // namespace

void TumorBoardReport::setTracker(LesionTracker tracker)
{
    m_tracker = std::move(tracker);
    m_evaluation = RecistEvaluator::evaluate(m_tracker);
}

void TumorBoardReport::setKeyImage(const QString& lesionId, const QString& studyInstanceUid, const QImage& image)
{
    m_keyImages[{lesionId, studyInstanceUid}] = image;
}

std::vector<QString> TumorBoardReport::lesionsWithImages() const
{
    std::vector<QString> result;
    for (const Lesion& lesion : m_tracker.lesions())
        for (const Timepoint& timepoint : m_tracker.timepoints())
            if (m_keyImages.count({lesion.id, timepoint.studyInstanceUid}) && lesion.observation(timepoint.studyInstanceUid)) {
                result.push_back(lesion.id);
                break;
            }
    return result;
}

int TumorBoardReport::pageCount() const
{
    const auto withImages = static_cast<int>(lesionsWithImages().size());
    return 2 + (withImages + kLesionsPerImagePage - 1) / kLesionsPerImagePage;
}

QString TumorBoardReport::displayName(const QString& dicomPersonName)
{
    auto alphabetic = [](const QString& group) {
        QStringList parts = group.split(QLatin1Char('^'));
        for (QString& part : parts)
            part = part.trimmed();
        while (parts.size() < 5)
            parts.append(QString());
        const QString family = parts[0];
        QStringList given;
        for (int i : {3, 1, 2, 4})   // prefix, given, middle, suffix
            if (!parts[i].isEmpty())
                given << parts[i];
        if (given.isEmpty())
            return family;
        return family.isEmpty() ? given.join(QLatin1Char(' ')) : family + QStringLiteral(", ") + given.join(QLatin1Char(' '));
    };
    const QStringList groups = dicomPersonName.split(QLatin1Char('='));
    QString name = alphabetic(groups.value(0));
    const QString ideographic = alphabetic(groups.value(1));
    if (!ideographic.isEmpty())
        name = name.isEmpty() ? ideographic : name + QStringLiteral(" (") + ideographic + QLatin1Char(')');
    return name;
}

std::optional<QString> TumorBoardReport::write(const QString& pdfPath) const
{
    QPdfWriter writer(pdfPath);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setTitle(m_title.isEmpty() ? tr("Tumor board") : m_title);
    writer.setCreator(QStringLiteral("Continuum"));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("cannot write %1").arg(pdfPath);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    PageCursor cursor(writer, painter);
    const double width = cursor.area().width();
    const auto& timepoints = m_tracker.timepoints();

    // Page 1: patient, timepoints, lesion table.
    cursor.text(m_title.isEmpty() ? tr("Tumor board: response by RECIST 1.1") : m_title, font(16, true));
    cursor.advance(mm(3));
    cursor.text(tr("Patient: %1").arg(displayName(m_patient.name)), font(11, true));
    cursor.text(tr("Patient ID: %1%2").arg(m_patient.id, m_patient.issuerOfPatientId.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_patient.issuerOfPatientId)),
                font(10));
    cursor.text(tr("Birth date: %1    Sex: %2").arg(dateText(m_patient.birthDate), m_patient.sex.isEmpty() ? tr("unknown") : m_patient.sex), font(10));
    cursor.advance(mm(4));

    cursor.text(tr("Timepoints"), font(12, true));
    cursor.advance(mm(1));
    {
        std::vector<GridCell> header{{tr("Date")}, {tr("Role")}, {tr("Study")}, {tr("Modality")}, {tr("Body region")}, {tr("Study Instance UID")}};
        std::vector<std::vector<GridCell>> rows;
        for (std::size_t i = 0; i < timepoints.size(); ++i) {
            const Timepoint& t = timepoints[i];
            rows.push_back({{dateText(t.date)}, {i == 0 ? tr("baseline") : tr("follow-up %1").arg(i)}, {t.description}, {t.modality},
                            {t.bodyRegions.join(QStringLiteral(", "))}, {t.studyInstanceUid}});
        }
        drawTable(cursor, painter, header, rows, {width * 0.13, width * 0.12, width * 0.2, width * 0.1, width * 0.13, width * 0.32});
    }
    cursor.advance(mm(5));

    cursor.text(tr("Lesions"), font(12, true));
    cursor.advance(mm(1));
    {
        const LesionTable table(m_tracker, m_evaluation);
        std::vector<GridCell> header;
        for (const QString& title : LesionTable::fixedColumnHeaders())
            header.push_back({title});
        for (const QString& title : table.timepointHeaders())
            header.push_back({title});
        std::vector<double> widths{width * 0.2, width * 0.1, width * 0.11, width * 0.06};
        const double fixed = width * 0.47;
        for (std::size_t i = 0; i < timepoints.size(); ++i)
            widths.push_back((width - fixed) / static_cast<double>(std::max<std::size_t>(1, timepoints.size())));
        std::vector<std::vector<GridCell>> rows;
        for (const LesionTable::Row& row : table.rows()) {
            const bool summary = row.kind != LesionTable::RowKind::Lesion;
            std::vector<GridCell> cells{{row.title, std::nullopt, summary}, {row.category}, {row.organ}, {row.node}};
            for (const LesionTable::Cell& cell : row.cells)
                cells.push_back({cell.text, cell.response, row.kind == LesionTable::RowKind::OverallResponse});
            rows.push_back(std::move(cells));
        }
        drawTable(cursor, painter, header, rows, widths);
    }
    cursor.advance(mm(3));
    if (!m_evaluation.timepoints.empty() && m_evaluation.timepoints.size() > 1) {
        const TimepointAssessment& latest = m_evaluation.timepoints.back();
        cursor.text(tr("Overall response at %1: %2 (%3)")
                        .arg(dateText(latest.timepoint.date), responseCode(latest.overall.response), responseName(latest.overall.response)),
                    font(11, true), LesionTableView::responseColour(latest.overall.response));
    }
    for (const ValidationIssue& issue : m_evaluation.issues)
        cursor.text(tr("Not RECIST 1.1 conformant: %1").arg(issue.text), font(8.5), QColor(0xb0, 0x00, 0x20));

    // Page 2: chart and responses with their reasons.
    cursor.newPage();
    cursor.text(tr("Course"), font(12, true));
    cursor.advance(mm(1));
    {
        RecistChartView chart;
        chart.resize(1200, 620);
        chart.setData(m_tracker, m_evaluation);
        const QImage image = chart.grab().toImage();
        const QRectF target(cursor.area().left(), cursor.y(), width, width * image.height() / std::max(1, image.width()));
        painter.drawImage(target, image);
        cursor.advance(target.height() + mm(5));
    }
    cursor.text(tr("Responses (RECIST 1.1)"), font(12, true));
    cursor.advance(mm(1));
    for (const TimepointAssessment& assessment : m_evaluation.timepoints) {
        if (assessment.baseline) {
            cursor.text(tr("%1 baseline: sum of diameters %2 mm").arg(dateText(assessment.timepoint.date), QString::number(assessment.sumMm, 'f', 1)),
                        font(10, true));
            cursor.advance(mm(2));
            continue;
        }
        cursor.text(tr("%1: overall %2 (%3)").arg(dateText(assessment.timepoint.date), responseCode(assessment.overall.response),
                                                 responseName(assessment.overall.response)),
                    font(10, true), LesionTableView::responseColour(assessment.overall.response));
        cursor.text(assessment.overall.reason, font(8.5), Qt::black, mm(4));
        cursor.text(tr("Target lesions: %1. %2").arg(responseCode(assessment.target.response), assessment.target.reason), font(8.5), Qt::black, mm(4));
        cursor.text(tr("Non-target lesions: %1. %2").arg(responseCode(assessment.nonTarget.response), assessment.nonTarget.reason), font(8.5),
                    Qt::black, mm(4));
        cursor.text(assessment.newLesionIds.isEmpty() ? tr("New lesions: none")
                                                      : tr("New lesions: %1").arg(assessment.newLesionIds.join(QStringLiteral(", "))),
                    font(8.5), Qt::black, mm(4));
        cursor.advance(mm(2));
    }

    // Key images: one row per lesion, one column per timepoint.
    const std::vector<QString> withImages = lesionsWithImages();
    const double rowSpace = cursor.area().height() / kLesionsPerImagePage;
    const double columnWidth = width / static_cast<double>(std::max<std::size_t>(1, timepoints.size()));
    for (std::size_t index = 0; index < withImages.size(); ++index) {
        if (index % kLesionsPerImagePage == 0) {
            cursor.newPage();
            cursor.text(tr("Key images"), font(12, true));
        }
        const Lesion* lesion = m_tracker.lesion(withImages[index]);
        const double rowTop = cursor.area().top() + mm(8) + static_cast<double>(index % kLesionsPerImagePage) * (rowSpace - mm(8) / kLesionsPerImagePage);
        painter.setFont(font(9.5, true));
        painter.setPen(Qt::black);
        const QString title = QStringLiteral("%1%2 \u2014 %3, %4%5")
                                  .arg(lesion->id, lesion->label.isEmpty() ? QString() : QStringLiteral(" ") + lesion->label, categoryText(lesion->category),
                                       lesion->organ.isEmpty() ? tr("organ not given") : lesion->organ,
                                       lesion->lymphNode ? tr(", lymph node") : QString());
        painter.drawText(QRectF(cursor.area().left(), rowTop, width, mm(6)), Qt::AlignLeft | Qt::AlignVCenter, title);
        const double captionHeight = mm(5);
        const double side = std::min(columnWidth - mm(3), rowSpace - mm(8) / kLesionsPerImagePage - mm(6) - captionHeight - mm(3));
        for (std::size_t column = 0; column < timepoints.size(); ++column) {
            const Timepoint& timepoint = timepoints[column];
            const QRectF tile(cursor.area().left() + static_cast<double>(column) * columnWidth, rowTop + mm(7), side, side);
            const LesionObservation* observation = lesion->observation(timepoint.studyInstanceUid);
            const auto image = m_keyImages.find({lesion->id, timepoint.studyInstanceUid});
            if (observation && image != m_keyImages.end() && !image->second.isNull()) {
                const QRectF crop = cropAround(image->second, *observation);
                painter.drawImage(tile, image->second, crop);
                painter.save();
                painter.setClipRect(tile);
                if (observation->longAxis)
                    drawAxis(painter, *observation->longAxis, crop, tile, QColor(0xff, 0xd6, 0x00));
                if (observation->shortAxis)
                    drawAxis(painter, *observation->shortAxis, crop, tile, QColor(0x00, 0xe5, 0xff));
                painter.restore();
            } else {
                painter.fillRect(tile, QColor(0xee, 0xee, 0xee));
                painter.setPen(QColor(0x61, 0x61, 0x61));
                painter.setFont(font(8));
                painter.drawText(tile, Qt::AlignCenter | Qt::TextWordWrap,
                                 observation ? tr("no key image") : tr("not recorded"));
            }
            painter.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), mm(0.15)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(tile);
            painter.setPen(Qt::black);
            painter.setFont(font(8));
            painter.drawText(QRectF(tile.left(), tile.bottom() + mm(0.5), columnWidth - mm(3), captionHeight), Qt::AlignLeft | Qt::AlignTop,
                             QStringLiteral("%1: %2").arg(dateText(timepoint.date), sizeText(*lesion, observation)));
        }
    }
    if (!painter.end())
        return tr("cannot finish %1").arg(pdfPath);
    if (QFileInfo(pdfPath).size() == 0)
        return tr("nothing was written to %1").arg(pdfPath);
    return std::nullopt;
}

} // namespace continuum::app
