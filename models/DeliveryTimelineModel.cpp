#include "DeliveryTimelineModel.h"
#include "StatusColors.h"

#include "db/SqlErrorMapper.h"
#include "ModelRoles.h"

#include <QBrush>
#include <QLocale>
#include <QTextDocument>

using namespace Qt::StringLiterals;

DeliveryTimelineModel::DeliveryTimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int DeliveryTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void DeliveryTimelineModel::setEvents(const QList<DeliveryEvent>& events)
{
    beginResetModel();
    m_rows = events;
    endResetModel();
}

const DeliveryEvent* DeliveryTimelineModel::eventAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString DeliveryTimelineModel::detailsText(const DeliveryEvent& e)
{
    QStringList parts;
    if (!e.courierName.isEmpty())
        parts << tr("courier: %1").arg(e.courierName);
    if (!e.failureReason.isEmpty())
        parts << failureReasonDisplayName(e.failureReason);
    if (!e.note.isEmpty())
        parts << e.note;
    if (!e.recipientName.isEmpty())
        parts << tr("taken by %1").arg(e.recipientName);
    if (e.cash)
        parts << tr("cash %1").arg(e.cash->toDisplayString(QLocale()));
    if (!e.photoSha256.isEmpty())
        parts << tr("photo");
    if (!e.signatureSha256.isEmpty())
        parts << tr("signature");
    return parts.join(u"; "_s);
}

QVariant DeliveryTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryEvent& e = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Received:
            return locale.toString(e.receivedAt.toLocalTime(), QLocale::ShortFormat);
        case DeviceTime:
            return e.deviceTime.isValid()
                       ? locale.toString(e.deviceTime.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case Who:
            return e.actorName;
        case Step:
            if (e.from && e.to)
                return tr("%1 → %2").arg(deliveryStatusDisplayName(*e.from),
                                         deliveryStatusDisplayName(*e.to));
            return e.to ? deliveryStatusDisplayName(*e.to) : QString();
        case Details:
            return detailsText(e);
        case Outcome:
            return e.applied
                       ? tr("Applied")
                       : tr("Refused: %1")
                             .arg(SqlErrorMapper::deliveryRejection(
                                 e.rejectionCode, e.from ? deliveryStatusToSql(*e.from) : QString(),
                                 e.to ? deliveryStatusToSql(*e.to) : QString(),
                                 e.rejectionMessage));
        }
        break;
    case Qt::ToolTipRole:
        // Escaped: a note is what someone typed, never markup for the tooltip.
        return index.column() == Details ? Qt::convertFromPlainText(detailsText(e)) : QVariant();
    case ModelRoles::IdRole:
        return e.id;
    case Qt::ForegroundRole:
        if (!e.applied)
            return QBrush(StatusColors::foreground(StatusColors::Tone::Danger));
        break;
    default:
        break;
    }
    return {};
}

QVariant DeliveryTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Received:
        return tr("Server time");
    case DeviceTime:
        return tr("Device time");
    case Who:
        return tr("Who");
    case Step:
        return tr("Step");
    case Details:
        return tr("Details and proof");
    case Outcome:
        return tr("Outcome");
    }
    return {};
}
