#include "AuditLogModel.h"

#include <QIODevice>
#include <QLocale>

#include <algorithm>

namespace continuum::app {

namespace {

QString csvCell(QString text)
{
    // A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString outcomeName(catalog::AuditOutcome outcome)
{
    switch (outcome) {
    case catalog::AuditOutcome::Success: return QStringLiteral("Success");
    case catalog::AuditOutcome::MinorFailure: return QStringLiteral("MinorFailure");
    case catalog::AuditOutcome::SeriousFailure: return QStringLiteral("SeriousFailure");
    case catalog::AuditOutcome::MajorFailure: return QStringLiteral("MajorFailure");
    }
    return QString::number(int(outcome));
}

QString tabCell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

AuditLogModel::AuditLogModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void AuditLogModel::setEvents(std::vector<catalog::AuditEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    std::stable_sort(m_events.begin(), m_events.end(), [](const catalog::AuditEvent& a, const catalog::AuditEvent& b) {
        return a.at != b.at ? a.at > b.at : a.id > b.id;
    });
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionText(catalog::AuditAction action)
{
    using catalog::AuditAction;
    switch (action) {
    case AuditAction::StudyOpened: return tr("Study opened");
    case AuditAction::StudyExported: return tr("Study exported");
    case AuditAction::StudySent: return tr("Study sent");
    case AuditAction::StudyRetrieved: return tr("Study retrieved");
    case AuditAction::StudyImported: return tr("Study imported");
    case AuditAction::StudyDeleted: return tr("Study deleted");
    case AuditAction::UserSwitched: return tr("User switched");
    case AuditAction::SessionLocked: return tr("Session locked");
    case AuditAction::SessionUnlocked: return tr("Session unlocked");
    case AuditAction::ApplicationStarted: return tr("Viewer started");
    case AuditAction::ApplicationStopped: return tr("Viewer stopped");
    }
    return catalog::auditActionName(action);
}

QString AuditLogModel::outcomeText(catalog::AuditOutcome outcome)
{
    switch (outcome) {
    case catalog::AuditOutcome::Success: return tr("Success");
    case catalog::AuditOutcome::MinorFailure: return tr("Minor failure");
    case catalog::AuditOutcome::SeriousFailure: return tr("Serious failure");
    case catalog::AuditOutcome::MajorFailure: return tr("Major failure");
    }
    return QString::number(int(outcome));
}

QString AuditLogModel::patientText(const catalog::AuditEvent& event)
{
    const QString name = QString(event.patientName).replace(QLatin1Char('^'), QLatin1Char(' ')).simplified();
    if (name.isEmpty())
        return event.patientId;
    if (event.patientId.isEmpty())
        return name;
    return tr("%1 (%2)").arg(name, event.patientId);
}

QString AuditLogModel::whenText(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    // Seconds matter in an audit log; the locale's short date keeps the order people read.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(QLatin1Char('s')))
        timeFormat.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + locale.toString(local.time(), timeFormat);
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const catalog::AuditEvent& entry = m_events[std::size_t(index.row())];
    if (role == TimeRole)
        return entry.at;
    if (role == Qt::ToolTipRole && index.column() == When && entry.at.isValid())
        return entry.at.toUTC().toString(Qt::ISODate);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case When: return whenText(entry.at);
    case User: return entry.user;
    case Workstation: return entry.workstationId;
    case Action: return actionText(entry.action);
    case Outcome: return outcomeText(entry.outcome);
    case Patient: return patientText(entry);
    case Study: return entry.studyUid;
    case RemoteNode: return entry.remoteNode;
    case Detail: return entry.detail;
    case ColumnCount: break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When: return tr("When");
    case User: return tr("User");
    case Workstation: return tr("Workstation");
    case Action: return tr("Action");
    case Outcome: return tr("Outcome");
    case Patient: return tr("Patient");
    case Study: return tr("Study");
    case RemoteNode: return tr("Node or destination");
    case Detail: return tr("Detail");
    case ColumnCount: break;
    }
    return {};
}

QString AuditLogModel::tabSeparated(const std::vector<int>& rows) const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    std::vector<int> chosen = rows;
    if (chosen.empty()) {
        for (int row = 0; row < rowCount(); ++row)
            chosen.push_back(row);
    }
    for (int row : chosen) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells << tabCell(data(this->index(row, column)).toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool AuditLogModel::writeCsv(const std::vector<catalog::AuditEvent>& events, QIODevice& device)
{
    QByteArray out = "time_utc,user,workstation,action,outcome,patient_id,patient_name,study_uid,remote_node,detail\r\n";
    for (const catalog::AuditEvent& entry : events) {
        const QStringList cells = {entry.at.toUTC().toString(Qt::ISODate), entry.user, entry.workstationId,
                                   catalog::auditActionName(entry.action), outcomeName(entry.outcome), entry.patientId,
                                   entry.patientName, entry.studyUid, entry.remoteNode, entry.detail};
        QStringList quoted;
        for (const QString& cell : cells)
            quoted << csvCell(cell);
        out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return device.write(out) == out.size();
}

} // namespace continuum::app
