#pragma once

#include <QCoreApplication>
#include <QStringList>

// hexastore-admin audit verify: recomputes the audit log's hash chain
// (migration 0008) from the rows themselves and names the first row that does
// not match: one changed, removed or inserted behind the triggers' back.
class AuditCommand final {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static int run(QStringList arguments);

private:
    static int verify(const QStringList& arguments);
};
