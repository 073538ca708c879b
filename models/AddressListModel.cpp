#include "AddressListModel.h"

#include "ModelRoles.h"
#include "services/orders/AddressService.h"

#include <QFont>

using namespace Qt::StringLiterals;

AddressListModel::AddressListModel(AddressService& addresses, QObject* parent)
    : QAbstractListModel(parent)
    , m_addresses(addresses)
{}

int AddressListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString AddressListModel::oneLine(const Address& a)
{
    QString house = a.house;
    if (!a.apartment.isEmpty())
        house += u'/' + a.apartment;
    return u"%1, %2 %3, %4 %5, %6"_s.arg(a.recipient, a.street, house, a.postalCode, a.city,
                                         a.country);
}

QVariant AddressListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Address& a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.isDefault ? tr("%1 (default)").arg(oneLine(a)) : oneLine(a);
    case Qt::ToolTipRole:
        return a.note.isEmpty() ? a.phone : a.phone + u'\n' + a.note;
    case Qt::FontRole:
        if (a.isDefault) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case ModelRoles::IdRole:
        return a.id;
    default:
        break;
    }
    return {};
}

const Address* AddressListModel::addressAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AddressListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void AddressListModel::reload()
{
    m_latest.run(m_addresses.addresses(), this, [this](const Result<QList<Address>>& result) {
        if (!result) {
            emit loadFailed(result.error().message());
            return;
        }
        beginResetModel();
        m_rows = *result;
        endResetModel();
        emit loaded();
    });
}
