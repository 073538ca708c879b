// No keychain (no Secret Service on the session bus): reading and writing say
// so, and "remember me" tells the user instead of failing or writing a file.
#include "services/auth/CredentialStore.h"
#include "tests/support/SyncWait.h"
#include "tests/support/TestDatabase.h"
#include "ui/AppController.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TstKeychainUnavailable : public QObject {
    Q_OBJECT

private slots:
    void storeReportsUnavailable()
    {
        const CredentialStore store(u"HexaStore-test"_s);
        auto written = await(store.write(u"k"_s, u"secret-value"_s));
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code(), ServiceError::Code::Unavailable);
        QVERIFY(written.error().message().contains(u"cannot remember"_s));
        auto read = await(store.read(u"k"_s));
        QVERIFY(!read.has_value());
        QCOMPARE(read.error().code(), ServiceError::Code::Unavailable);
    }

    void rememberMeSaysItCannotAndWritesNoSecret()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        TestDatabase db(u"keychain_unavailable"_s);
        QVERIFY2(db.isReady(), qPrintable(db.failure()));
        db.createUser(Role::Buyer, u"kim@test.example"_s, u"kim password 1"_s);

        AppController::Options options;
        options.fixedServer = db.clientSettings();
        AppController app(options);
        QSignalSpy ready(&app, &AppController::connectionReady);
        QSignalSpy signedIn(&app, &AppController::signedIn);
        app.start();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15000);
        LoginDialog* dialog = app.loginDialog();
        dialog->findChild<QLineEdit*>(u"loginEmail"_s)->setText(u"kim@test.example"_s);
        dialog->findChild<QLineEdit*>(u"loginPassword"_s)->setText(u"kim password 1"_s);
        dialog->findChild<QCheckBox*>(u"rememberMe"_s)->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);

        // It works on, and says why the login will not be remembered.
        QTRY_VERIFY(app.mainWindow()->statusBar()->currentMessage().contains(u"cannot remember"_s));
        QVERIFY(QSettings().value(u"login/rememberedEmail"_s).toString().isEmpty());
        // Nothing secret went to a file instead.
        for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                              QStandardPaths::GenericConfigLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains("kim password 1"), qPrintable(file.fileName()));
            }
        }
        QSettings().clear();
    }
};

QTEST_MAIN(TstKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
