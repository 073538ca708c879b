#pragma once

#include <QString>

// The service layer writes placeholders as '?'; PostgreSQL's protocol numbers
// them ($1, $2, …). Rewrites the '?' that stand outside string literals,
// quoted identifiers, dollar-quoted bodies and comments; returns the count.
namespace PositionalPlaceholders {
QString toNumbered(const QString& sql, int* count = nullptr);
} // namespace PositionalPlaceholders
