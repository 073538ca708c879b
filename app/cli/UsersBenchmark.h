#pragma once

#include <QStringList>

// hexastore-admin bench users: the administrators' user list at N users
// (100,000 by default) through the service — first page, a page deep in the
// list, a search, a filtered sort — next to OFFSET paging and an ILIKE scan of
// the same rows in the same run.
class UsersBenchmark final {
public:
    static int run(const QStringList& arguments);
};
