#pragma once

#include "domain/Address.h"
#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

class DbWorker;

// A buyer's delivery addresses. The database trims and validates every field
// and names the first bad one (HX341–HX348); row-level security keeps each
// buyer to their own.
class AddressService final {
    Q_DECLARE_TR_FUNCTIONS(AddressService)

public:
    explicit AddressService(DbWorker& worker);

    // The default first, then oldest first.
    QFuture<Result<QList<Address>>> addresses();
    // Inserts (id 0) or updates; returns the id. The first address becomes the default.
    QFuture<Result<qint64>> save(const Address& address);
    QFuture<VoidResult> remove(qint64 addressId);
    QFuture<VoidResult> makeDefault(qint64 addressId);

private:
    DbWorker& m_worker;
};
