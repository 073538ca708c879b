#include "CourierTableModel.h"
#include "StatusColors.h"

#include "ModelRoles.h"
#include "services/delivery/DispatchService.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

CourierTableModel::CourierTableModel(DispatchService& dispatch, QObject* parent)
    : QAbstractTableModel(parent)
    , m_dispatch(dispatch)
{}

int CourierTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CourierTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CourierSummary* CourierTableModel::courierAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CourierTableModel::rowOf(qint64 courierId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == courierId)
            return row;
    }
    return -1;
}

QString CourierTableModel::vehicleDisplayName(CourierSummary::Vehicle vehicle)
{
    switch (vehicle) {
    case CourierSummary::Vehicle::Foot:
        return tr("On foot");
    case CourierSummary::Vehicle::Bicycle:
        return tr("Bicycle");
    case CourierSummary::Vehicle::Car:
        return tr("Car");
    case CourierSummary::Vehicle::Motorbike:
        return tr("Motorbike");
    }
    return {};
}

QVariant CourierTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CourierSummary& c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return c.name;
        case Duty:
            return !c.active ? tr("Account disabled") : c.onDuty ? tr("On duty") : tr("Off duty");
        case InHand:
            return QLocale().toString(c.deliveriesInHand);
        case Vehicle:
            return vehicleDisplayName(c.vehicle);
        case Phone:
            return c.phone;
        }
        break;
    case Qt::ToolTipRole:
        return c.email;
    case ModelRoles::SortRole:
        return index.column() == InHand ? QVariant(c.deliveriesInHand)
                                        : data(index, Qt::DisplayRole);
    case ModelRoles::IdRole:
        return c.id;
    case Qt::ForegroundRole:
        if (!c.active || !c.onDuty)
            return QBrush(StatusColors::muted());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == InHand)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant CourierTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Courier");
    case Duty:
        return tr("Duty");
    case InHand:
        return tr("In hand");
    case Vehicle:
        return tr("Vehicle");
    case Phone:
        return tr("Phone");
    }
    return {};
}

void CourierTableModel::reload()
{
    m_latest.run(m_dispatch.couriers(), this, [this](const Result<QList<CourierSummary>>& result) {
        if (!result) {
            emit loadFailed(result.error().message());
            return;
        }
        beginResetModel();
        m_rows = *result;
        // Who can take work now comes first.
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const CourierSummary& a, const CourierSummary& b) {
                             return (a.active && a.onDuty) > (b.active && b.onDuty);
                         });
        endResetModel();
        emit loaded();
    });
}
