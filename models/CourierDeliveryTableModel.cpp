#include "CourierDeliveryTableModel.h"
#include "StatusTones.h"

#include "ModelRoles.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

CourierDeliveryTableModel::CourierDeliveryTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int CourierDeliveryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CourierDeliveryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

CourierDeliveryTableModel::Section
CourierDeliveryTableModel::sectionOf(const CourierDelivery& delivery)
{
    if (delivery.mine && delivery.status == DeliveryStatus::Assigned)
        return Section::ToPickUp;
    if (delivery.mine && !deliveryStatusIsFinal(delivery.status))
        return Section::OutForDelivery;
    return Section::DoneToday;
}

bool CourierDeliveryTableModel::belongsToDay(const CourierDelivery& delivery, const QDate& today)
{
    if (sectionOf(delivery) != Section::DoneToday)
        return true;
    // Finished (or taken from this courier): listed on the day it happened.
    const QDateTime when =
        delivery.finishedAt.isValid() ? delivery.finishedAt : delivery.assignedAt;
    return !when.isValid() || when.toLocalTime().date() == today;
}

void CourierDeliveryTableModel::setDeliveries(const QList<CourierDelivery>& all,
                                              const QSet<qint64>& waiting, const QDate& today)
{
    m_all.clear();
    for (const CourierDelivery& d : all) {
        if (belongsToDay(d, today))
            m_all.append(d);
    }
    m_waiting = waiting;
    m_today = today;
    refilter();
}

void CourierDeliveryTableModel::setSection(Section section)
{
    m_section = section;
    refilter();
}

void CourierDeliveryTableModel::refilter()
{
    beginResetModel();
    m_rows.clear();
    for (const CourierDelivery& d : std::as_const(m_all)) {
        if (sectionOf(d) == m_section)
            m_rows.append(d);
    }
    endResetModel();
}

int CourierDeliveryTableModel::count(Section section) const
{
    int n = 0;
    for (const CourierDelivery& d : m_all)
        n += sectionOf(d) == section ? 1 : 0;
    return n;
}

const CourierDelivery* CourierDeliveryTableModel::deliveryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CourierDeliveryTableModel::rowOf(qint64 deliveryId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == deliveryId)
            return row;
    }
    return -1;
}

QVariant CourierDeliveryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CourierDelivery& d = m_rows.at(index.row());
    const QLocale locale;
    const bool waiting = m_waiting.contains(d.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Order:
            return tr("#%1").arg(d.orderId);
        case Status:
            return d.mine ? deliveryStatusDisplayName(d.status) : tr("Reassigned");
        case PickUpFrom:
            return d.sellerName;
        case DeliverTo:
            return d.address.isEmpty() ? d.recipient : tr("%1, %2").arg(d.recipient, d.address);
        case ToCollect:
            return d.amountToCollect.cents() ? d.amountToCollect.toDisplayString(locale)
                                             : QString();
        case Sync:
            return waiting ? tr("Waiting") : tr("Sent");
        }
        break;
    case ModelRoles::SortRole:
        switch (index.column()) {
        case Order:
            return d.orderId;
        case ToCollect:
            return d.amountToCollect.cents();
        default:
            return data(index, Qt::DisplayRole);
        }
    case ModelRoles::IdRole:
        return d.id;
    case ModelRoles::ToneRole:
        if (index.column() == Status)
            return int(d.mine ? StatusTones::of(d.status) : StatusColors::Tone::Neutral);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Sync && waiting)
            return QBrush(StatusColors::foreground(StatusColors::Tone::Warning));
        if (!d.mine)
            return QBrush(StatusColors::muted());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ToCollect)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant CourierDeliveryTableModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Order:
        return tr("Order");
    case Status:
        return tr("Status");
    case PickUpFrom:
        return tr("Pick up from");
    case DeliverTo:
        return tr("Deliver to");
    case ToCollect:
        return tr("To collect");
    case Sync:
        return tr("Sync");
    }
    return {};
}
