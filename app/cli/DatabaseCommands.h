#pragma once

#include <QCoreApplication>

#include <QStringList>

// The commands that work on one database: migrate, create-user, seed-demo, config.
class DatabaseCommands final {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)

public:
    static int migrate(const QStringList& arguments);
    static int createUser(const QStringList& arguments);
    static int seedDemo(const QStringList& arguments);
    static int config(const QStringList& arguments);
};
