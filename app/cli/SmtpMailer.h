#pragma once

#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QString>

class SqlExecutor;

// Sends one plain-text e-mail through an SMTP server with libcurl (STARTTLS
// and AUTH as the server offers them); the settings live in the database's
// mail_settings table, which only operators read.
class SmtpMailer final {
    Q_DECLARE_TR_FUNCTIONS(SmtpMailer)

public:
    struct Settings {
        QString host;
        int port = 25;
        bool startTls = true;
        QString username;
        QString password;
        QString from;
    };

    static Result<Settings> read(SqlExecutor& sql);
    explicit SmtpMailer(Settings settings);

    VoidResult send(const QString& to, const QString& subject, const QString& body) const;

private:
    Settings m_settings;
};
