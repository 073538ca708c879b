#include "Role.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString roleToSql(Role role)
{
    switch (role) {
    case Role::Buyer:
        return u"buyer"_s;
    case Role::Seller:
        return u"seller"_s;
    case Role::Courier:
        return u"courier"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> roleFromSql(const QString& text)
{
    for (Role role : {Role::Buyer, Role::Seller, Role::Courier, Role::Admin}) {
        if (roleToSql(role) == text)
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Buyer:
        return QCoreApplication::translate("Role", "Buyer");
    case Role::Seller:
        return QCoreApplication::translate("Role", "Seller");
    case Role::Courier:
        return QCoreApplication::translate("Role", "Courier");
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    }
    return {};
}
