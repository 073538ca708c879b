#pragma once

#include <QString>

#include <optional>

enum class Role { Buyer, Seller, Courier, Admin };

// The spelling of hexastore.user_role in SQL.
QString roleToSql(Role role);
std::optional<Role> roleFromSql(const QString& text);
// Translated name for screens.
QString roleDisplayName(Role role);
