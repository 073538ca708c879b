#pragma once

#include "Role.h"

#include <QString>

#include <optional>

// Which users the administrators' list shows, in which order. Pages continue
// after the last row's sort key (keyset paging), so they stay fast at any depth.
struct UserQuery {
    enum class Sort { Name, Email, Created, LastLogin };
    // Where the next page starts: the last row's sort key (as the database
    // spelled it, so nothing is lost in a round trip) and id.
    struct After {
        QString sortKey;
        qint64 id = 0;
    };

    QString text; // part of the e-mail address or the name
    std::optional<Role> role;
    std::optional<bool> active;
    Sort sort = Sort::Name;
    bool descending = false;
};
