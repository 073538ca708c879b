#pragma once

#include "domain/UserAccount.h"

class QSqlRecord;

// Reading hexastore.users rows the same way wherever a service lists users.
namespace UserAccountRow {
// The select list that `from` reads.
QString columns();
UserAccount from(const QSqlRecord& row);
} // namespace UserAccountRow
