#include "MailCommand.h"

#include "CliSupport.h"
#include "db/DatabaseConnection.h"
#include "db/SchemaVersion.h"
#include "db/SqlExecutor.h"
#include "services/notifications/NotificationService.h"
#include "SmtpMailer.h"

#include <QCommandLineParser>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

// A message claimed but not known to have gone out is left alone after this
// long: it may have been sent when the sender died.
constexpr int kStuckMinutes = 10;

// The notifications of users who chose e-mail and have not had them yet go
// into the outbox, in the operator's language, in one transaction.
Result<int> queueNotifications(SqlExecutor& sql)
{
    if (auto ok = sql.begin(); !ok)
        return std::unexpected(ok.error());
    auto due =
        sql.query(u"UPDATE hexastore.notifications n SET emailed_at = now() FROM hexastore.users u "
                  "WHERE u.id = n.user_id AND u.email_notifications AND u.status = 'active' "
                  "AND n.emailed_at IS NULL AND n.read_at IS NULL "
                  "RETURNING n.id, n.kind, coalesce(n.order_id, 0), coalesce(n.delivery_id, 0), "
                  "n.created_at, u.email"_s);
    if (!due) {
        sql.rollback();
        return std::unexpected(due.error());
    }
    for (const QSqlRecord& r : *due) {
        Notification n;
        n.id = r.value(0).toLongLong();
        n.kind = r.value(1).toString();
        n.orderId = r.value(2).toLongLong();
        n.deliveryId = r.value(3).toLongLong();
        const QString text = NotificationService::describe(n);
        auto queued = sql.execute(
            u"INSERT INTO hexastore.mail_outbox (recipient, subject, body, notification_id) "
            "VALUES (?, ?, ?, ?)"_s,
            {r.value(5), MailCommand::tr("HexaStore: %1").arg(text),
             QString(text + u"\n\n-- HexaStore"_s), n.id});
        if (!queued) {
            sql.rollback();
            return std::unexpected(queued.error());
        }
    }
    if (auto ok = sql.commit(); !ok)
        return std::unexpected(ok.error());
    return int(due->size());
}

struct Outcome {
    int sent = 0;
    int failed = 0;
};

Result<Outcome> deliver(SqlExecutor& sql, const SmtpMailer& mailer, int limit)
{
    Outcome outcome;
    for (int i = 0; i < limit; ++i) {
        // Claimed in its own committed transaction before the SMTP server
        // hears of it: whatever happens next, it is never claimed twice.
        auto claimedRows = sql.query(
            u"UPDATE hexastore.mail_outbox SET state = 'sending', attempts = attempts + 1, "
            "next_attempt_at = now() "
            "WHERE id = (SELECT id FROM hexastore.mail_outbox "
            "            WHERE state IN ('queued', 'failed') AND next_attempt_at <= now() "
            "            ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) "
            "RETURNING id, recipient, subject, body, attempts"_s);
        if (!claimedRows)
            return std::unexpected(claimedRows.error());
        if (claimedRows->isEmpty())
            break; // nothing due
        const QSqlRecord* claimed = &claimedRows->first();
        const qint64 id = claimed->value(0).toLongLong();
        const QString to = claimed->value(1).toString();
        auto sent = mailer.send(to, claimed->value(2).toString(), claimed->value(3).toString());
        if (sent) {
            ++outcome.sent;
            CliSupport::out() << MailCommand::tr("sent #%1 to %2").arg(id).arg(to) << Qt::endl;
            auto marked = sql.execute(u"UPDATE hexastore.mail_outbox SET state = 'sent', "
                                      "sent_at = now(), body = '' WHERE id = ?"_s,
                                      {id});
            if (!marked)
                return std::unexpected(marked.error());
            continue;
        }
        ++outcome.failed;
        const int attempts = claimed->value(4).toInt();
        CliSupport::err() << MailCommand::tr("not sent #%1 to %2 (attempt %3): %4")
                                 .arg(id)
                                 .arg(to)
                                 .arg(attempts)
                                 .arg(sent.error().message())
                          << Qt::endl;
        // Again later: 1, 2, 4 … minutes, at most a day apart.
        auto marked =
            sql.execute(u"UPDATE hexastore.mail_outbox SET state = 'failed', last_error = ?, "
                        "next_attempt_at = now() + least(interval '1 day', "
                        "interval '1 minute' * power(2, least(attempts - 1, 20))) WHERE id = ?"_s,
                        {sent.error().message(), id});
        if (!marked)
            return std::unexpected(marked.error());
    }
    return outcome;
}

int send(const QCommandLineParser& parser, SqlExecutor& sql)
{
    bool limitOk = false;
    const int limit = parser.value(u"limit"_s).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return CliSupport::usage(MailCommand::tr("--limit takes a whole number from 1."));
    auto settings = SmtpMailer::read(sql);
    if (!settings)
        return CliSupport::fail(settings.error());
    // Reset requests of real accounts become codes and e-mails here, not in
    // the client's transaction (see prepare_password_resets).
    if (auto prepared = sql.execute(u"SELECT hexastore.prepare_password_resets()"_s); !prepared)
        return CliSupport::fail(prepared.error());
    auto queued = queueNotifications(sql);
    if (!queued)
        return CliSupport::fail(queued.error());
    const SmtpMailer mailer(*settings);
    auto outcome = deliver(sql, mailer, limit);
    if (!outcome)
        return CliSupport::fail(outcome.error());
    auto stuck = sql.query(u"SELECT id, recipient FROM hexastore.mail_outbox "
                           "WHERE state = 'sending' AND now() - next_attempt_at > ? * "
                           "interval '1 minute' ORDER BY id"_s,
                           {kStuckMinutes});
    auto& out = CliSupport::out();
    out << MailCommand::tr("%1 sent, %2 failed (tried again later), %3 notification(s) queued.")
               .arg(outcome->sent)
               .arg(outcome->failed)
               .arg(*queued)
        << Qt::endl;
    if (stuck && !stuck->isEmpty()) {
        out << MailCommand::tr("Not known whether these went out (the sender stopped while "
                               "sending); they are not sent again by themselves:")
            << Qt::endl;
        for (const QSqlRecord& r : *stuck)
            out << u"  #%1 %2"_s.arg(r.value(0).toString(), r.value(1).toString()) << Qt::endl;
    }
    return outcome->failed > 0 ? 3 : 0;
}

} // namespace

int MailCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The e-mail outbox: mail send | mail set KEY VALUE (- reads it from standard "
           "input) | mail settings\n"
           "Keys: smtp_host, smtp_port (587), smtp_starttls (true|false), smtp_username, "
           "smtp_password, mail_from."));
    parser.addHelpOption();
    CliSupport::addTargetOptions(parser);
    parser.addOption(
        {u"limit"_s, tr("At most this many messages per run (default 100)."), u"n"_s, u"100"_s});
    parser.addPositionalArgument(u"action"_s, u"send | set KEY VALUE | settings"_s);
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return CliSupport::usage(parser.helpText());

    auto settings = CliSupport::target(parser);
    if (!settings)
        return CliSupport::fail(settings.error());
    settings->applicationName = u"hexastore-admin mail"_s;
    DatabaseConnection connection(*settings);
    if (auto opened = connection.open(); !opened)
        return CliSupport::fail(opened.error());
    SqlExecutor sql(connection);
    if (auto ok = SchemaVersion::requireCompatible(sql); !ok)
        return CliSupport::fail(ok.error());

    const QString action = positional.first();
    if (action == u"send"_s && positional.size() == 1)
        return send(parser, sql);
    if (action == u"set"_s && positional.size() == 3) {
        // "-" reads the value from standard input: a password stays off the
        // command line, where other users' ps would show it.
        const QString value =
            positional.at(2) == u"-"_s ? CliSupport::readLineFromStdin() : positional.at(2);
        auto set = sql.execute(u"INSERT INTO hexastore.mail_settings (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                               {positional.at(1), value});
        if (!set && set.error().sqlState() != u"23514"_s)
            return CliSupport::fail(set.error());
        if (!set)
            return CliSupport::fail(ServiceError(
                ServiceError::Code::Validation,
                tr("Unknown key %1. Keys: smtp_host, smtp_port, smtp_starttls, smtp_username, "
                   "smtp_password, mail_from.")
                    .arg(positional.at(1)),
                set.error().detail()));
        return 0;
    }
    if (action == u"settings"_s && positional.size() == 1) {
        auto rows = sql.query(u"SELECT key, CASE WHEN key = 'smtp_password' THEN '********' "
                              "ELSE value END FROM hexastore.mail_settings ORDER BY key"_s);
        if (!rows)
            return CliSupport::fail(rows.error());
        for (const QSqlRecord& r : *rows)
            CliSupport::out() << r.value(0).toString() << " = " << r.value(1).toString()
                              << Qt::endl;
        return 0;
    }
    return CliSupport::usage(parser.helpText());
}
