// Against the real Secret Service (gnome-keyring in a D-Bus session; the
// README's test command provides one). No keychain is a failure here, not a skip.
#include "services/auth/CredentialStore.h"
#include "tests/support/SyncWait.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TstKeychain : public QObject {
    Q_OBJECT

private slots:
    void writeReadRemove()
    {
        const CredentialStore store(u"HexaStore-test"_s);
        const QString key =
            CredentialStore::refreshTokenKey(u"test-server"_s, u"Someone@Example.com"_s);
        QCOMPARE(key, u"refresh-token:test-server:someone@example.com"_s);
        const QString secret = QUuid::createUuid().toString(QUuid::WithoutBraces);

        auto written = await(store.write(key, secret));
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().detail()));
        auto read = await(store.read(key));
        QVERIFY(read.has_value());
        QCOMPARE(*read, secret);

        QVERIFY(await(store.write(key, secret + u"-rotated"_s)).has_value());
        QCOMPARE(*await(store.read(key)), secret + u"-rotated"_s);

        QVERIFY(await(store.remove(key)).has_value());
        auto gone = await(store.read(key));
        QVERIFY(!gone.has_value());
        QCOMPARE(gone.error().code(), ServiceError::Code::NotFound);
        QVERIFY(await(store.remove(key)).has_value()); // removing twice is fine
    }
};

QTEST_GUILESS_MAIN(TstKeychain)
#include "tst_keychain.moc"
