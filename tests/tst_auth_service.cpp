// Every account and session rule of issue #2 through AuthService, as the
// desktop client uses it: the client role, the worker thread, real PostgreSQL.
#include "db/DbWorker.h"
#include "services/admin/UserAdminService.h"
#include "services/auth/AuthService.h"
#include "tests/support/SyncWait.h"
#include "tests/support/TestDatabase.h"

#include <QSignalSpy>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {
// One signed-in desktop client.
struct Client {
    explicit Client(const ConnectionSettings& settings)
        : worker(settings)
        , auth(worker)
    {}
    DbWorker worker;
    AuthService auth;
};
} // namespace

class TstAuthService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void registersBuyersAndSellers();
    void refusesPrivilegedSelfRegistration();
    void emailIsTrimmedAndCaseInsensitiveUnique();
    void rejectsInvalidEmails_data();
    void rejectsInvalidEmails();
    void passwordRules_data();
    void passwordRules();
    void longPasswordsKeepEveryCharacter();
    void wrongEmailAndWrongPasswordLookAlike();
    void lockoutAfterFiveFailures();
    void lockoutGrowsWhenRepeated();
    void unknownEmailsLockTheSame();
    void tokensAreRandomHashedAndTimed();
    void refreshRotatesAndReuseEndsFamily();
    void expiredAccessTokenRefreshesTransparently();
    void logoutEndsOnlyThisSession();
    void logoutEverywhereEndsAllSessions();
    void changePassword();
    void disabledUserLosesSessionOnNextStatement();
    void costSettingIsUsedAndUpgraded();

private:
    std::unique_ptr<Client> client() { return std::make_unique<Client>(m_db->clientSettings()); }
    Result<LoginResult> login(Client& c, const QString& email, const QString& password)
    {
        return await(c.auth.login(email, password, u"test device"_s));
    }
    QString unique(const QString& stem)
    {
        return stem + QString::number(++m_counter) + u"@test.example"_s;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Client> m_anon;
    int m_counter = 0;
};

void TstAuthService::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"auth_service"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_anon = client();
}

void TstAuthService::cleanupTestCase()
{
    m_anon.reset();
    m_db.reset();
}

void TstAuthService::registersBuyersAndSellers()
{
    for (Role role : {Role::Buyer, Role::Seller}) {
        const QString email = unique(u"new"_s);
        auto id =
            await(m_anon->auth.registerUser(email, u"a fine passphrase"_s, u"New Person"_s, role));
        QVERIFY2(id.has_value(), qPrintable(id ? QString() : id.error().detail()));
        auto c = client();
        auto signedIn = login(*c, email, u"a fine passphrase"_s);
        QVERIFY(signedIn.has_value());
        QCOMPARE(signedIn->account.id, *id);
        QCOMPARE(signedIn->account.role, role);
        QCOMPARE(signedIn->account.fullName, u"New Person"_s);
    }
}

void TstAuthService::refusesPrivilegedSelfRegistration()
{
    for (Role role : {Role::Admin, Role::Courier}) {
        auto id = await(
            m_anon->auth.registerUser(unique(u"priv"_s), u"a fine passphrase"_s, u"P"_s, role));
        QVERIFY(!id.has_value());
        QCOMPARE(id.error().code(), Code::Forbidden);
        QCOMPARE(id.error().sqlState(), u"HX108"_s);
    }
}

void TstAuthService::emailIsTrimmedAndCaseInsensitiveUnique()
{
    auto id = await(m_anon->auth.registerUser(u"  Mixed.Case@Test.Example  "_s,
                                              u"a fine passphrase"_s, u"  Mixed  "_s, Role::Buyer));
    QVERIFY(id.has_value());
    auto stored = m_db->admin().queryOne(
        u"SELECT email, full_name FROM hexastore.users WHERE id = ?"_s, {*id});
    QCOMPARE(stored->value(0).toString(), u"Mixed.Case@Test.Example"_s);
    QCOMPARE(stored->value(1).toString(), u"Mixed"_s);

    auto duplicate = await(m_anon->auth.registerUser(
        u"mixed.case@test.example"_s, u"another passphrase"_s, u"Dup"_s, Role::Seller));
    QVERIFY(!duplicate.has_value());
    QCOMPARE(duplicate.error().code(), Code::Conflict);
    QCOMPARE(duplicate.error().field(), u"email"_s);

    auto c = client();
    QVERIFY(login(*c, u" MIXED.case@TEST.example "_s, u"a fine passphrase"_s).has_value());
}

void TstAuthService::rejectsInvalidEmails_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("empty") << QString();
    QTest::newRow("no at") << u"person.example.com"_s;
    QTest::newRow("no domain dot") << u"person@localhost"_s;
    QTest::newRow("two ats") << u"a@b@c.example"_s;
    QTest::newRow("space inside") << u"pe rson@test.example"_s;
    QTest::newRow("too long") << QString(250, u'a') + u"@x.example"_s;
}

void TstAuthService::rejectsInvalidEmails()
{
    QFETCH(QString, email);
    auto id = await(m_anon->auth.registerUser(email, u"a fine passphrase"_s, u"X"_s, Role::Buyer));
    QVERIFY(!id.has_value());
    QCOMPARE(id.error().code(), Code::Validation);
    QCOMPARE(id.error().field(), u"email"_s);
}

void TstAuthService::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("sqlState");
    QTest::newRow("7 characters") << u"abcdefg"_s << u"HX104"_s;
    QTest::newRow("129 characters") << QString(129, u'x') << u"HX105"_s;
    QTest::newRow("the e-mail") << u"RULES@test.example"_s << u"HX106"_s;
    QTest::newRow("common") << u"password1"_s << u"HX107"_s;
    QTest::newRow("common, other case") << u"PassWord123"_s << u"HX107"_s;
    QTest::newRow("common, long list") << u"football"_s << u"HX107"_s;
    QTest::newRow("8 characters ok") << u"kq7!mvz2"_s << QString();
    QTest::newRow("128 characters ok") << QString(128, u'y') << QString();
    QTest::newRow("no composition rules") << u"correct horse battery staple"_s << QString();
}

void TstAuthService::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(QString, sqlState);
    (void)m_db->admin().execute(
        u"DELETE FROM hexastore.users WHERE lower(email) = 'rules@test.example'"_s);
    auto id =
        await(m_anon->auth.registerUser(u"rules@test.example"_s, password, u"R"_s, Role::Buyer));
    if (sqlState.isEmpty()) {
        QVERIFY2(id.has_value(), qPrintable(id ? QString() : id.error().detail()));
        return;
    }
    QVERIFY(!id.has_value());
    QCOMPARE(id.error().sqlState(), sqlState);
    QCOMPARE(id.error().code(), Code::Validation);
    QCOMPARE(id.error().field(), u"password"_s);
    QVERIFY(!id.error().message().isEmpty());
}

void TstAuthService::longPasswordsKeepEveryCharacter()
{
    // bcrypt alone would ignore everything after 72 bytes.
    const QString email = unique(u"long"_s);
    const QString password = QString(100, u'p') + u"-tail-one"_s;
    QVERIFY(await(m_anon->auth.registerUser(email, password, u"L"_s, Role::Buyer)).has_value());
    auto c = client();
    QVERIFY(!login(*c, email, QString(100, u'p') + u"-tail-two"_s).has_value());
    QVERIFY(login(*c, email, password).has_value());
}

void TstAuthService::wrongEmailAndWrongPasswordLookAlike()
{
    const QString email = unique(u"probe"_s);
    m_db->createUser(Role::Buyer, email, u"the right password"_s);
    auto c = client();
    auto wrongPassword = login(*c, email, u"not the password"_s);
    auto wrongEmail = login(*c, unique(u"nobody"_s), u"not the password"_s);
    QVERIFY(!wrongPassword.has_value() && !wrongEmail.has_value());
    QCOMPARE(wrongPassword.error().code(), wrongEmail.error().code());
    QCOMPARE(wrongPassword.error().message(), wrongEmail.error().message());
    QCOMPARE(wrongPassword.error().code(), Code::Unauthenticated);
}

void TstAuthService::lockoutAfterFiveFailures()
{
    const QString email = unique(u"lock"_s);
    m_db->createUser(Role::Buyer, email, u"the right password"_s);
    auto c = client();
    for (int i = 1; i <= 4; ++i) {
        auto r = login(*c, email, u"wrong password"_s);
        QCOMPARE(r.error().code(), Code::Unauthenticated);
    }
    auto fifth = login(*c, email, u"wrong password"_s);
    QCOMPARE(fifth.error().code(), Code::Forbidden);
    // Locked: even the right password is refused, and says until when.
    auto right = login(*c, email, u"the right password"_s);
    QVERIFY(!right.has_value());
    QCOMPARE(right.error().code(), Code::Forbidden);
    auto until = m_db->admin().queryOne(
        u"SELECT extract(epoch FROM locked_until - now()) FROM hexastore.login_throttle WHERE email_key = lower(?)"_s,
        {email});
    QVERIFY(qAbs(until->value(0).toDouble() - 900) < 30);

    // When the lock has passed, the right password works and clears the record.
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.login_throttle SET locked_until = now() - interval '1 second' "
        "WHERE email_key = lower(?)"_s,
        {email}));
    QVERIFY(login(*c, email, u"the right password"_s).has_value());
    auto cleared = m_db->admin().queryOne(
        u"SELECT count(*) FROM hexastore.login_throttle WHERE email_key = lower(?)"_s, {email});
    QCOMPARE(cleared->value(0).toInt(), 0);
}

void TstAuthService::lockoutGrowsWhenRepeated()
{
    const QString email = unique(u"grow"_s);
    m_db->createUser(Role::Buyer, email, u"the right password"_s);
    auto c = client();
    auto lockSeconds = [&] {
        auto row = m_db->admin().queryOne(
            u"SELECT extract(epoch FROM locked_until - now()) FROM hexastore.login_throttle WHERE email_key = lower(?)"_s,
            {email});
        return row->value(0).toDouble();
    };
    for (int i = 0; i < 5; ++i)
        (void)login(*c, email, u"wrong password"_s);
    const double first = lockSeconds();
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.login_throttle SET locked_until = now() WHERE email_key = lower(?)"_s,
        {email}));
    for (int i = 0; i < 5; ++i)
        (void)login(*c, email, u"wrong password"_s);
    const double second = lockSeconds();
    QVERIFY2(second > first * 1.9, qPrintable(u"%1 then %2"_s.arg(first).arg(second)));
}

void TstAuthService::unknownEmailsLockTheSame()
{
    const QString email = unique(u"ghost"_s);
    auto c = client();
    for (int i = 0; i < 4; ++i)
        QCOMPARE(login(*c, email, u"whatever pass"_s).error().code(), Code::Unauthenticated);
    auto fifth = login(*c, email, u"whatever pass"_s);
    QCOMPARE(fifth.error().code(), Code::Forbidden);
}

void TstAuthService::tokensAreRandomHashedAndTimed()
{
    const QString email = unique(u"tokens"_s);
    m_db->createUser(Role::Seller, email, u"the right password"_s);
    auto c = client();
    auto r = login(*c, email, u"the right password"_s);
    QVERIFY(r.has_value());
    static const QRegularExpression hex256(u"^[0-9a-f]{64}$"_s);
    QVERIFY(hex256.match(r->tokens.accessToken).hasMatch());
    QVERIFY(hex256.match(r->tokens.refreshToken).hasMatch());
    QVERIFY(r->tokens.accessToken != r->tokens.refreshToken);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(qAbs(r->tokens.accessExpiresAt.toSecsSinceEpoch() - now - 30 * 60) < 30);
    QVERIFY(qAbs(r->tokens.refreshExpiresAt.toSecsSinceEpoch() - now - 30 * 86400) < 30);

    // Only hashes are stored: the tokens themselves appear nowhere.
    auto plain = m_db->admin().queryOne(uR"(
        SELECT (SELECT count(*) FROM hexastore.sessions
                 WHERE encode(access_token_hash, 'hex') = ? OR encode(access_token_hash, 'escape') = ?)
             + (SELECT count(*) FROM hexastore.refresh_tokens
                 WHERE encode(token_hash, 'hex') = ? OR encode(token_hash, 'escape') = ?))"_s,
                                        {r->tokens.accessToken, r->tokens.accessToken,
                                         r->tokens.refreshToken, r->tokens.refreshToken});
    QCOMPARE(plain->value(0).toInt(), 0);
    auto hashed = m_db->admin().queryOne(
        u"SELECT count(*) FROM hexastore.sessions WHERE access_token_hash = sha256(convert_to(?, 'UTF8'))"_s,
        {r->tokens.accessToken});
    QCOMPARE(hashed->value(0).toInt(), 1);
}

void TstAuthService::refreshRotatesAndReuseEndsFamily()
{
    const QString email = unique(u"rotate"_s);
    m_db->createUser(Role::Buyer, email, u"the right password"_s);
    auto first = client();
    auto signedIn = login(*first, email, u"the right password"_s);
    const QString original = signedIn->tokens.refreshToken;

    // "Remember me" on another start: the stored token signs in and rotates.
    auto second = client();
    auto resumed = await(second->auth.resume(original));
    QVERIFY(resumed.has_value());
    QVERIFY(resumed->tokens.refreshToken != original);
    QCOMPARE(resumed->account.email, email);

    // The same stored token used again (a copy somewhere else): refused...
    auto third = client();
    auto replay = await(third->auth.resume(original));
    QVERIFY(!replay.has_value());
    QCOMPARE(replay.error().code(), Code::Unauthenticated);
    QCOMPARE(replay.error().detail(), u"token_reused"_s);
    // ...and the session family is over for the legitimate holder too.
    auto after = await(second->auth.currentAccount());
    QVERIFY(!after.has_value());
    QCOMPARE(after.error().code(), Code::Unauthenticated);
}

void TstAuthService::expiredAccessTokenRefreshesTransparently()
{
    const QString email = unique(u"expire"_s);
    const qint64 id = m_db->createUser(Role::Buyer, email, u"the right password"_s);
    auto c = client();
    auto signedIn = login(*c, email, u"the right password"_s);
    QVERIFY(signedIn.has_value());
    QSignalSpy rotated(&c->worker, &DbWorker::sessionTokensRotated);
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.sessions SET access_expires_at = now() - interval '1 second' WHERE user_id = ?"_s,
        {id}));

    auto account = await(c->auth.currentAccount());
    QVERIFY2(account.has_value(), qPrintable(account ? QString() : account.error().detail()));
    QCOMPARE(account->id, id);
    QTRY_COMPARE(rotated.size(), 1);
    const auto tokens = rotated.first().first().value<SessionTokens>();
    QVERIFY(tokens.refreshToken != signedIn->tokens.refreshToken);
}

void TstAuthService::logoutEndsOnlyThisSession()
{
    const QString email = unique(u"logout"_s);
    m_db->createUser(Role::Buyer, email, u"the right password"_s);
    auto laptop = client();
    auto phone = client();
    QVERIFY(login(*laptop, email, u"the right password"_s).has_value());
    auto phoneLogin = login(*phone, email, u"the right password"_s);
    QVERIFY(await(laptop->auth.logout()).has_value());
    QCOMPARE(await(laptop->auth.currentAccount()).error().code(), Code::Unauthenticated);
    QVERIFY(await(phone->auth.currentAccount()).has_value());
    // The logged-out session's refresh token is dead too.
    auto sessions = await(phone->auth.mySessions());
    QVERIFY(sessions.has_value());
    QCOMPARE(sessions->size(), 1);
    QVERIFY(sessions->first().current);
}

void TstAuthService::logoutEverywhereEndsAllSessions()
{
    const QString email = unique(u"everywhere"_s);
    m_db->createUser(Role::Buyer, email, u"the right password"_s);
    auto laptop = client();
    auto phone = client();
    auto phoneLogin = login(*phone, email, u"the right password"_s);
    QVERIFY(login(*laptop, email, u"the right password"_s).has_value());
    auto ended = await(laptop->auth.logoutEverywhere());
    QVERIFY(ended.has_value());
    QCOMPARE(*ended, 2);
    auto phoneAfter = await(phone->auth.currentAccount());
    QCOMPARE(phoneAfter.error().code(), Code::Unauthenticated);
    auto resume = await(client()->auth.resume(phoneLogin->tokens.refreshToken));
    QVERIFY(!resume.has_value());
}

void TstAuthService::changePassword()
{
    const QString email = unique(u"change"_s);
    m_db->createUser(Role::Seller, email, u"the old password"_s);
    auto laptop = client();
    auto phone = client();
    QVERIFY(login(*laptop, email, u"the old password"_s).has_value());
    QVERIFY(login(*phone, email, u"the old password"_s).has_value());

    auto wrongOld = await(laptop->auth.changePassword(u"not the old one"_s, u"a new passphrase"_s));
    QCOMPARE(wrongOld.error().field(), u"oldPassword"_s);
    // The wrong attempt was counted (and committed) like a failed login.
    auto counted = m_db->admin().queryOne(
        u"SELECT failed_count FROM hexastore.login_throttle WHERE email_key = lower(?)"_s, {email});
    QVERIFY(counted.has_value());
    QCOMPARE(counted->value(0).toInt(), 1);
    auto weakNew = await(laptop->auth.changePassword(u"the old password"_s, u"12345678"_s));
    QCOMPARE(weakNew.error().sqlState(), u"HX107"_s);
    auto tooShort = await(laptop->auth.changePassword(u"the old password"_s, u"short"_s));
    QCOMPARE(tooShort.error().sqlState(), u"HX104"_s);

    QVERIFY(await(laptop->auth.changePassword(u"the old password"_s, u"a new passphrase"_s))
                .has_value());
    QVERIFY(await(laptop->auth.currentAccount()).has_value()); // this one stays
    QCOMPARE(await(phone->auth.currentAccount()).error().code(),
             Code::Unauthenticated); // others end
    auto fresh = client();
    QVERIFY(!login(*fresh, email, u"the old password"_s).has_value());
    QVERIFY(login(*fresh, email, u"a new passphrase"_s).has_value());
}

void TstAuthService::disabledUserLosesSessionOnNextStatement()
{
    const QString email = unique(u"disable"_s);
    const qint64 victim = m_db->createUser(Role::Courier, email, u"courier password"_s);
    const QString adminEmail = unique(u"admin"_s);
    m_db->createUser(Role::Admin, adminEmail, u"admin password!"_s);
    auto courier = client();
    auto admin = client();
    QVERIFY(login(*courier, email, u"courier password"_s).has_value());
    QVERIFY(login(*admin, adminEmail, u"admin password!"_s).has_value());

    // A non-admin cannot disable anyone.
    auto notAllowed = await(UserAdminService(courier->worker).setActive(victim, false, u"test"_s));
    QCOMPARE(notAllowed.error().code(), Code::Forbidden);

    QSignalSpy ended(&courier->worker, &DbWorker::sessionEnded);
    UserAdminService users(admin->worker);
    QVERIFY(await(users.setActive(victim, false, u"left the company"_s)).has_value());
    auto next = await(courier->auth.currentAccount());
    QVERIFY(!next.has_value());
    QTRY_COMPARE(ended.size(), 1);
    auto again = login(*client(), email, u"courier password"_s);
    QCOMPARE(again.error().code(), Code::Forbidden);
    QCOMPARE(again.error().detail(), u"disabled"_s);

    QVERIFY(await(users.setActive(victim, true, u"came back"_s)).has_value());
    QVERIFY(login(*client(), email, u"courier password"_s).has_value());
}

void TstAuthService::costSettingIsUsedAndUpgraded()
{
    const QString email = unique(u"cost"_s);
    const qint64 id = m_db->createUser(Role::Buyer, email, u"the right password"_s);
    auto hashOf = [&] {
        return m_db->admin()
            .queryOne(u"SELECT password_hash FROM hexastore.user_credentials WHERE user_id = ?"_s,
                      {id})
            ->value(0)
            .toString();
    };
    QVERIFY(hashOf().startsWith(u"$2a$04$"_s));
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.settings SET value = 5 WHERE key = 'bcrypt_cost'"_s));
    QVERIFY(login(*client(), email, u"the right password"_s).has_value());
    QVERIFY(hashOf().startsWith(u"$2a$05$"_s));
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.settings SET value = 4 WHERE key = 'bcrypt_cost'"_s));
}

QTEST_GUILESS_MAIN(TstAuthService)
#include "tst_auth_service.moc"
