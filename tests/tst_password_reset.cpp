// Password reset by e-mail and the mail outbox (issue #14), against a real
// SMTP server (Debian's python3-aiosmtpd, started here, with AUTH): a request
// answers the same for known and unknown addresses and is rate-limited; the
// e-mail arrives with the code; the code works once, a wrong or expired one
// does not; a reset ends every session; `hexastore-admin mail send` sends each
// message once, tries a failed one again later, and never touches one whose
// fate is unknown; users who chose e-mail get their notifications; the client
// role reads none of it.
#include "tests/support/AdminCommand.h"
#include "tests/support/ClientSql.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = AdminRun;

Run admin(const QStringList& arguments)
{
    return runAdmin(arguments);
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TstPasswordReset : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theCodeArrivesAndWorksOnce();
    void anUnknownAddressGetsTheSameAnswerAndNoMail();
    void requestsAreLimitedPerAddress();
    void aFailedMessageIsSentLaterAndAnUnknownOneNever();
    void notificationsGoByMailToThoseWhoChoseIt();
    void theClientReadsNoneOfIt();

private:
    bool startSmtp();
    void stopSmtp();
    QStringList mails(); // the messages received, oldest first
    Run mailSend() { return admin({u"mail"_s, u"send"_s, u"--url"_s, m_url}); }
    qint64 scalar(const QString& sql, const QVariantList& params = {});

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_url;
    int m_port = 0;
    QProcess m_smtp;
};

bool TstPasswordReset::startSmtp()
{
    m_smtp.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Debian's own Python, which has python3-aiosmtpd (not one earlier in PATH).
    m_smtp.start(u"/usr/bin/python3"_s,
                 {QStringLiteral(HEXASTORE_SMTP_SERVER), QString::number(m_port), m_dir.path(),
                  u"mailer"_s, u"smtp secret"_s});
    return m_smtp.waitForStarted() &&
           QTest::qWaitFor(
               [&] {
                   m_smtp.waitForReadyRead(100);
                   return m_smtp.readAllStandardOutput().contains("ready") ||
                          m_smtp.state() != QProcess::Running;
               },
               30'000) &&
           m_smtp.state() == QProcess::Running;
}

void TstPasswordReset::stopSmtp()
{
    m_smtp.kill();
    m_smtp.waitForFinished();
}

QStringList TstPasswordReset::mails()
{
    QStringList found;
    QDir dir(m_dir.path());
    QStringList names = dir.entryList({u"*.eml"_s}, QDir::Files);
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return a.section(u'.', 0, 0).toInt() < b.section(u'.', 0, 0).toInt();
    });
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            found << QString::fromUtf8(file.readAll());
    }
    return found;
}

qint64 TstPasswordReset::scalar(const QString& sql, const QVariantList& params)
{
    auto row = m_db->admin().queryOne(sql, params);
    return row ? row->value(0).toLongLong() : -1;
}

void TstPasswordReset::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<TestDatabase>(u"password_reset"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_db->createUser(Role::Buyer, u"bo@test.example"_s, u"old buyer password"_s, u"Bo"_s);
    m_url = m_db->operatorSettings().toUrl();
    m_port = freePort();
    QVERIFY2(startSmtp(), "python3-aiosmtpd did not start");
    for (const auto& [key, value] : {std::pair{u"smtp_host"_s, u"127.0.0.1"_s},
                                     {u"smtp_port"_s, QString::number(m_port)},
                                     {u"smtp_starttls"_s, u"false"_s},
                                     {u"smtp_username"_s, u"mailer"_s},
                                     {u"mail_from"_s, u"shop@test.example"_s}}) {
        const Run set = admin({u"mail"_s, u"set"_s, key, value, u"--url"_s, m_url});
        QVERIFY2(set.exitCode == 0, qPrintable(set.output));
    }
    {
        // The password from standard input, not the command line.
        QProcess set;
        set.start(QStringLiteral(HEXASTORE_ADMIN_PATH),
                  {u"mail"_s, u"set"_s, u"smtp_password"_s, u"-"_s, u"--url"_s, m_url});
        set.write("smtp secret\n");
        set.closeWriteChannel();
        QVERIFY(set.waitForFinished(60'000));
        QCOMPARE(set.exitCode(), 0);
    }
    const Run listed = admin({u"mail"_s, u"settings"_s, u"--url"_s, m_url});
    QVERIFY(listed.output.contains(u"smtp_password = ********"_s));
    QVERIFY(!listed.output.contains(u"smtp secret"_s));
    QCOMPARE(admin({u"mail"_s, u"set"_s, u"smtp_colour"_s, u"x"_s, u"--url"_s, m_url}).exitCode, 1);
}

void TstPasswordReset::cleanupTestCase()
{
    stopSmtp();
    m_db.reset();
}

void TstPasswordReset::theCodeArrivesAndWorksOnce()
{
    ClientSql bo(*m_db);
    QVERIFY(bo.login(u"bo"_s, u"bo@test.example"_s, u"old buyer password"_s));
    QVERIFY(bo.as(QString()));
    QCOMPARE(bo.state(u"SELECT hexastore.request_password_reset(' BO@test.example ')"_s), u"ok"_s);
    const Run sent = mailSend();
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.output));
    QVERIFY(sent.output.contains(u"1 sent"_s));
    QTRY_COMPARE(mails().size(), 1);
    const QString mail = mails().first();
    QVERIFY(mail.contains(u"X-Envelope-To: bo@test.example"_s));
    const auto code = QRegularExpression(u"\\b([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})\\b"_s).match(mail);
    QVERIFY2(code.hasMatch(), qPrintable(mail));
    // Once sent, no copy of the code is left in the outbox.
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.mail_outbox WHERE body <> ''"_s), 0);
    // Sending again sends nothing again.
    QVERIFY(mailSend().output.contains(u"0 sent"_s));
    QCOMPARE(mails().size(), 1);

    const auto reset = [&](const QString& withCode, const QString& password) {
        return bo.text(u"SELECT hexastore.reset_password('bo@test.example', ?, ?)"_s,
                       {withCode, password});
    };
    QCOMPARE(reset(u"AAAA-AAAA"_s, u"a brand new password"_s), u"false"_s);
    QCOMPARE(reset(u"AAAA-AAAA"_s, u"a brand new password"_s), u"false"_s);
    // The password rules apply (only once the code is right).
    QCOMPARE(reset(code.captured(1), u"short"_s), u"<error HX104>"_s);
    QCOMPARE(reset(code.captured(1).toLower(), u"a brand new password"_s), u"true"_s);
    // Every session of the account ended; the new password works, the code
    // does not work twice.
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.sessions s JOIN hexastore.users u "
                    "ON u.id = s.user_id WHERE u.email = 'bo@test.example' "
                    "AND s.revoked_at IS NULL"_s),
             0);
    QVERIFY(bo.as(u"bo"_s));
    QCOMPARE(bo.state(u"SELECT hexastore.current_user_id()"_s), u"28000"_s);
    QVERIFY(bo.login(u"bo2"_s, u"bo@test.example"_s, u"a brand new password"_s));
    QVERIFY(bo.as(QString()));
    QCOMPARE(reset(code.captured(1), u"yet another password"_s), u"false"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.audit_log "
                    "WHERE action = 'user.password_reset'"_s),
             1);

    // An expired code does not work; five wrong tries use a code up.
    QCOMPARE(bo.state(u"SELECT hexastore.request_password_reset('bo@test.example')"_s), u"ok"_s);
    QVERIFY(mailSend().exitCode == 0);
    QTRY_COMPARE(mails().size(), 2);
    const QString second = QRegularExpression(u"\\b([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})\\b"_s)
                               .match(mails().last())
                               .captured(1);
    QVERIFY(m_db->admin()
                .execute(u"UPDATE hexastore.password_resets SET expires_at = now() "
                         "WHERE used_at IS NULL"_s)
                .has_value());
    QCOMPARE(reset(second, u"an expired attempt"_s), u"false"_s);
    QCOMPARE(bo.state(u"SELECT hexastore.request_password_reset('bo@test.example')"_s), u"ok"_s);
    QVERIFY(mailSend().exitCode == 0);
    QTRY_COMPARE(mails().size(), 3);
    const QString third = QRegularExpression(u"\\b([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})\\b"_s)
                              .match(mails().last())
                              .captured(1);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(reset(u"WRNG-WRNG"_s, u"a guessing password"_s), u"false"_s);
    QCOMPARE(reset(third, u"too late after guessing"_s), u"false"_s);
}

void TstPasswordReset::anUnknownAddressGetsTheSameAnswerAndNoMail()
{
    ClientSql anyone(*m_db);
    m_db->createUser(Role::Buyer, u"known@test.example"_s, u"known buyer password"_s, u"K"_s);
    const qint64 before = scalar(u"SELECT count(*) FROM hexastore.mail_outbox"_s);
    QCOMPARE(anyone.state(u"SELECT hexastore.request_password_reset('nobody@test.example')"_s),
             u"ok"_s);
    QCOMPARE(anyone.text(u"SELECT hexastore.request_password_reset('nobody@test.example')"_s),
             anyone.text(u"SELECT hexastore.request_password_reset('known@test.example')"_s));
    // Not even what the request wrote tells them apart: the statistics views
    // every role may read show the same rows for both.
    const auto written = [&](const QString& email) -> QString {
        // As a client with psql would: request, read, roll back (on a new
        // connection, whose statistics hold nothing from before).
        ClientSql fresh(*m_db);
        SqlExecutor& sql = fresh.sql();
        if (!sql.begin())
            return u"<no transaction>"_s;
        (void)sql.execute(u"SELECT hexastore.request_password_reset(?)"_s, {email});
        auto stats = sql.queryOne(
            u"SELECT string_agg(relname || ':' || n_tup_ins, ',' ORDER BY relname) "
            "FROM pg_stat_xact_user_tables WHERE schemaname = 'hexastore' AND n_tup_ins > 0"_s);
        sql.rollback();
        return stats ? stats->value(0).toString() : stats.error().detail();
    };
    m_db->createUser(Role::Buyer, u"known2@test.example"_s, u"known buyer password"_s, u"K"_s);
    QCOMPARE(written(u"nobody2@test.example"_s), written(u"known2@test.example"_s));
    QCOMPARE(written(u"nobody3@test.example"_s), u"password_reset_requests:1"_s);
    QVERIFY(m_db->admin().execute(u"SELECT hexastore.prepare_password_resets()"_s).has_value());
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.mail_outbox "
                    "WHERE recipient = 'nobody@test.example'"_s),
             0);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.mail_outbox"_s), before + 1); // known's
    QCOMPARE(anyone.text(u"SELECT hexastore.reset_password('nobody@test.example', 'AAAA-AAAA', "
                         "'whatever password')"_s),
             u"false"_s);
}

void TstPasswordReset::requestsAreLimitedPerAddress()
{
    ClientSql anyone(*m_db);
    m_db->createUser(Role::Buyer, u"many@test.example"_s, u"many buyer password"_s, u"Many"_s);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(anyone.state(u"SELECT hexastore.request_password_reset('many@test.example')"_s),
                 u"ok"_s);
    QVERIFY(m_db->admin().execute(u"SELECT hexastore.prepare_password_resets()"_s).has_value());
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.mail_outbox "
                    "WHERE recipient = 'many@test.example'"_s),
             3);
}

void TstPasswordReset::aFailedMessageIsSentLaterAndAnUnknownOneNever()
{
    (void)mailSend(); // what is queued so far goes out
    const int before = int(mails().size());
    stopSmtp();
    ClientSql anyone(*m_db);
    m_db->createUser(Role::Buyer, u"later@test.example"_s, u"later buyer password"_s, u"Lou"_s);
    QCOMPARE(anyone.state(u"SELECT hexastore.request_password_reset('later@test.example')"_s),
             u"ok"_s);
    const Run failed = mailSend();
    QCOMPARE(failed.exitCode, 3);
    QVERIFY2(failed.output.contains(u"1 failed"_s), qPrintable(failed.output));
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.mail_outbox WHERE state = 'failed' "
                    "AND next_attempt_at > now() AND last_error <> ''"_s),
             1);
    QVERIFY2(startSmtp(), "the SMTP server did not come back");
    // Not due yet: nothing goes out until its time.
    QVERIFY(mailSend().output.contains(u"0 sent"_s));
    QVERIFY(m_db->admin()
                .execute(u"UPDATE hexastore.mail_outbox SET next_attempt_at = now() "
                         "WHERE state = 'failed'"_s)
                .has_value());
    QVERIFY(mailSend().output.contains(u"1 sent"_s));
    QTRY_COMPARE(mails().size(), before + 1);

    // A message whose sender died while sending is left alone, and named.
    QVERIFY(m_db->admin()
                .execute(u"INSERT INTO hexastore.mail_outbox (recipient, subject, body, state, "
                         "next_attempt_at) VALUES ('lost@test.example', 's', 'b', 'sending', "
                         "now() - interval '1 hour')"_s)
                .has_value());
    const Run stuck = mailSend();
    QVERIFY(stuck.output.contains(u"lost@test.example"_s));
    QCOMPARE(mails().size(), before + 1);
}

void TstPasswordReset::notificationsGoByMailToThoseWhoChoseIt()
{
    const int before = int(mails().size());
    const qint64 buyer =
        m_db->createUser(Role::Buyer, u"mailme@test.example"_s, u"mail me password"_s, u"Mo"_s);
    const qint64 quiet =
        m_db->createUser(Role::Buyer, u"quiet@test.example"_s, u"quiet buyer password"_s, u"Q"_s);
    const qint64 seller =
        m_db->createUser(Role::Seller, u"shop@test.example"_s, u"a seller password"_s, u"S"_s);
    const qint64 courier =
        m_db->createUser(Role::Courier, u"cy@test.example"_s, u"a courier password"_s, u"C"_s);
    ClientSql sql(*m_db);
    QVERIFY(sql.login(u"mo"_s, u"mailme@test.example"_s, u"mail me password"_s));
    QVERIFY(sql.as(u"mo"_s));
    QCOMPARE(sql.state(u"SELECT hexastore.set_email_notifications(true)"_s), u"ok"_s);
    QCOMPARE(sql.text(u"SELECT email_notifications FROM hexastore.users WHERE id = ?"_s, {buyer}),
             u"true"_s);
    const auto listing = m_db->createListing(seller, u"Mailed lamp"_s, u"9.00"_s, 5);
    QVERIFY(m_db->createDispatchedDelivery(buyer, m_db->createAddress(buyer), seller, listing,
                                           courier) > 0);
    QVERIFY(m_db->createDispatchedDelivery(quiet, m_db->createAddress(quiet), seller, listing,
                                           courier) > 0);
    const Run sent = mailSend();
    QVERIFY2(sent.output.contains(u"1 notification(s) queued"_s), qPrintable(sent.output));
    QTRY_COMPARE(mails().size(), before + 1);
    QVERIFY(mails().last().contains(u"X-Envelope-To: mailme@test.example"_s));
    QVERIFY(mails().last().contains(u"was confirmed"_s));
    QVERIFY(mailSend().output.contains(u"0 notification(s) queued"_s));
}

void TstPasswordReset::theClientReadsNoneOfIt()
{
    ClientSql sql(*m_db);
    QVERIFY(sql.login(u"bo"_s, u"bo@test.example"_s, u"a brand new password"_s));
    for (const QString& key : {QString(), u"bo"_s}) {
        QVERIFY(sql.as(key));
        QCOMPARE(sql.state(u"SELECT value FROM hexastore.mail_settings"_s), u"42501"_s);
        QCOMPARE(sql.state(u"SELECT body FROM hexastore.mail_outbox"_s), u"42501"_s);
        QCOMPARE(sql.state(u"SELECT code_hash FROM hexastore.password_resets"_s), u"42501"_s);
        QCOMPARE(sql.state(u"SELECT * FROM hexastore.password_reset_requests"_s), u"42501"_s);
        QCOMPARE(sql.state(u"UPDATE hexastore.mail_settings SET value = 'x'"_s), u"42501"_s);
        QCOMPARE(sql.state(u"UPDATE hexastore.users SET email_notifications = true"_s), u"42501"_s);
    }
}

QTEST_GUILESS_MAIN(TstPasswordReset)
#include "tst_password_reset.moc"
