#pragma once

#include "domain/Money.h"

#include <QVariant>
#include <QVariantMap>

// Reading column values the way every service needs them.
namespace SqlValues {
// A numeric(12,2) read as exact text (QSql::HighPrecision); zero for NULL.
Money money(const QVariant& value);
// A json/jsonb column read as text (cast with ::text); empty for NULL.
QVariantMap jsonObject(const QVariant& value);
// `text` for an ILIKE that matches it anywhere, its own %, _ and \ taken literally.
QString likePattern(const QString& text);
} // namespace SqlValues
