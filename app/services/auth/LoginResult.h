#pragma once

#include "domain/SessionTokens.h"
#include "domain/UserAccount.h"

// A signed-in user and the tokens of the new session.
struct LoginResult {
    UserAccount account;
    SessionTokens tokens;
};
