#include "AddressService.h"

#include "db/DbWorker.h"
#include "db/SqlErrorMapper.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

AddressService::AddressService(DbWorker& worker)
    : m_worker(worker)
{}

QFuture<Result<QList<Address>>> AddressService::addresses()
{
    return m_worker.transact([](SqlExecutor& sql) -> Result<QList<Address>> {
        auto rows = sql.query(u"SELECT id, recipient, phone, country, city, street, house, "
                              "apartment, postal_code, note, is_default FROM hexastore.addresses "
                              "ORDER BY is_default DESC, id"_s);
        if (!rows)
            return std::unexpected(rows.error());
        QList<Address> out;
        for (const QSqlRecord& r : *rows) {
            Address a;
            a.id = r.value(0).toLongLong();
            a.recipient = r.value(1).toString();
            a.phone = r.value(2).toString();
            a.country = r.value(3).toString();
            a.city = r.value(4).toString();
            a.street = r.value(5).toString();
            a.house = r.value(6).toString();
            a.apartment = r.value(7).toString();
            a.postalCode = r.value(8).toString();
            a.note = r.value(9).toString();
            a.isDefault = r.value(10).toBool();
            out.append(a);
        }
        return out;
    });
}

QFuture<Result<qint64>> AddressService::save(const Address& address)
{
    return m_worker.transact([address](SqlExecutor& sql) -> Result<qint64> {
        const QVariantList fields{address.recipient, address.phone,      address.country,
                                  address.city,      address.street,     address.house,
                                  address.apartment, address.postalCode, address.note};
        qint64 id = address.id;
        if (id == 0) {
            auto row = sql.queryOne(
                u"INSERT INTO hexastore.addresses (recipient, phone, country, city, street, house, "
                "apartment, postal_code, note, is_default) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "NOT EXISTS (SELECT FROM hexastore.addresses)) RETURNING id"_s,
                fields);
            if (!row)
                return std::unexpected(row.error());
            id = row->value(0).toLongLong();
        } else {
            auto updated = sql.execute(
                u"UPDATE hexastore.addresses SET recipient = ?, phone = ?, country = ?, city = ?, "
                "street = ?, house = ?, apartment = ?, postal_code = ?, note = ? WHERE id = ?"_s,
                QVariantList(fields) << id);
            if (!updated)
                return std::unexpected(updated.error());
            if (*updated == 0)
                return std::unexpected(SqlErrorMapper::fromSqlState(u"HX306"_s, {}));
        }
        if (address.isDefault) {
            auto made = sql.query(u"SELECT hexastore.set_default_address(?)"_s, {id});
            if (!made)
                return std::unexpected(made.error());
        }
        return id;
    });
}

QFuture<VoidResult> AddressService::remove(qint64 addressId)
{
    return m_worker.transact([addressId](SqlExecutor& sql) -> VoidResult {
        // A removed default passes to the oldest remaining address.
        auto removed = sql.execute(u"DELETE FROM hexastore.addresses WHERE id = ?"_s, {addressId});
        if (!removed)
            return std::unexpected(removed.error());
        auto next =
            sql.execute(u"UPDATE hexastore.addresses SET is_default = true WHERE id = "
                        "(SELECT min(id) FROM hexastore.addresses) "
                        "AND NOT EXISTS (SELECT FROM hexastore.addresses WHERE is_default)"_s);
        if (!next)
            return std::unexpected(next.error());
        return {};
    });
}

QFuture<VoidResult> AddressService::makeDefault(qint64 addressId)
{
    return m_worker.transact([addressId](SqlExecutor& sql) -> VoidResult {
        auto made = sql.query(u"SELECT hexastore.set_default_address(?)"_s, {addressId});
        if (!made)
            return std::unexpected(made.error());
        return {};
    });
}
