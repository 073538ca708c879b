#include "DeliveryQueueTableModel.h"
#include "StatusTones.h"

#include "ModelRoles.h"
#include "services/delivery/DispatchService.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

DeliveryQueueTableModel::DeliveryQueueTableModel(DispatchService& dispatch, QObject* parent)
    : KeysetTableModel(kPageSize, parent)
    , m_dispatch(dispatch)
{}

int DeliveryQueueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DeliveryQueueTableModel::rowOf(qint64 deliveryId) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).deliveryId == deliveryId)
            return row;
    }
    return -1;
}

QString DeliveryQueueTableModel::ageText(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid())
        return {};
    const qint64 minutes = std::max<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 days").arg(minutes / (24 * 60));
}

QVariant DeliveryQueueTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryQueueRow& r = rows().at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Order:
            return tr("#%1").arg(r.orderId);
        case Status: {
            QString text = deliveryStatusDisplayName(r.status);
            if (r.failedAttempts > 0)
                text += u' ' + tr("(%1 failed)").arg(r.failedAttempts);
            return text;
        }
        case Waiting:
            return ageText(r.status == DeliveryStatus::Unassigned ? r.confirmedAt : r.assignedAt,
                           m_loadedAt);
        case Seller:
            return r.sellerName;
        case City:
            return r.city;
        case Buyer:
            return r.buyerName;
        case Courier:
            return r.courierName;
        case Total:
            return r.total.toDisplayString(locale);
        }
        break;
    case ModelRoles::SortRole:
        switch (index.column()) {
        case Order:
            return r.orderId;
        case Waiting:
            return r.status == DeliveryStatus::Unassigned ? r.confirmedAt : r.assignedAt;
        case Total:
            return r.total.cents();
        default:
            return data(index, Qt::DisplayRole);
        }
    case ModelRoles::IdRole:
        return r.deliveryId;
    case Qt::ForegroundRole:
        if (deliveryStatusIsFinal(r.status) && index.column() != Status)
            return QBrush(StatusColors::muted());
        break;
    case ModelRoles::ToneRole:
        if (index.column() == Status)
            return int(StatusTones::of(r.status));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Waiting)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant DeliveryQueueTableModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Order:
        return tr("Order");
    case Status:
        return tr("Status");
    case Waiting:
        return tr("Waiting");
    case Seller:
        return tr("Seller");
    case City:
        return tr("City");
    case Buyer:
        return tr("Buyer");
    case Courier:
        return tr("Courier");
    case Total:
        return tr("Total");
    }
    return {};
}

void DeliveryQueueTableModel::setQuery(const DeliveryQuery& query)
{
    m_query = query;
    reload();
}

void DeliveryQueueTableModel::reload()
{
    reloadRows();
}

QFuture<DeliveryQueueTableModel::Page>
DeliveryQueueTableModel::fetchPage(const DeliveryQueueRow* last, int limit)
{
    if (!last) // waiting times are counted from when the list was asked for
        m_loadedAt = QDateTime::currentDateTimeUtc();
    return m_dispatch.deliveries(
        m_query, last ? std::optional<qint64>(last->deliveryId) : std::nullopt, limit);
}
