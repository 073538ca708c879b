#pragma once

#include "domain/Address.h"
#include "LatestRequest.h"

#include <QAbstractListModel>
#include <QList>

class AddressService;

// A buyer's delivery addresses, the default first, one line each.
class AddressListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressListModel)
public:
    explicit AddressListModel(AddressService& addresses, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void reload();
    const Address* addressAt(int row) const;
    int rowOf(qint64 id) const;

    // "Recipient, Street 5/2, 10115 Berlin, Germany".
    static QString oneLine(const Address& address);

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    AddressService& m_addresses;
    QList<Address> m_rows;
    LatestRequest m_latest;
};
