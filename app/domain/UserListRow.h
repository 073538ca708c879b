#pragma once

#include "UserAccount.h"

// A row of the administrators' user list, with where the next page starts.
struct UserListRow {
    UserAccount account;
    QString sortKey;
};
