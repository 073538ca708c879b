#pragma once

#include <QCoreApplication>
#include <QStringList>

// hexastore-admin mail send | set KEY VALUE | settings: delivers the e-mail
// outbox (reset codes, and the notifications of users who chose e-mail) by
// SMTP, each message at most once, failed ones again later with back-off.
class MailCommand final {
    Q_DECLARE_TR_FUNCTIONS(MailCommand)

public:
    static int run(const QStringList& arguments);
};
