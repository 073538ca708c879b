#include "db/DbWorker.h"
#include "models/ModelRoles.h"
#include "models/SessionsModel.h"
#include "services/auth/AuthService.h"
#include "tests/support/SyncWait.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TstSessionsModel : public QObject {
    Q_OBJECT

private slots:
    void listsLiveSessionsWithTheCurrentOneMarked()
    {
        TestDatabase db(u"sessions_model"_s);
        QVERIFY2(db.isReady(), qPrintable(db.failure()));
        db.createUser(Role::Buyer, u"m@test.example"_s, u"model password"_s);
        DbWorker laptopWorker(db.clientSettings());
        AuthService laptop(laptopWorker);
        DbWorker phoneWorker(db.clientSettings());
        AuthService phone(phoneWorker);
        QVERIFY(
            await(laptop.login(u"m@test.example"_s, u"model password"_s, u"laptop"_s)).has_value());
        QVERIFY(
            await(phone.login(u"m@test.example"_s, u"model password"_s, u"phone"_s)).has_value());

        SessionsModel model(&laptop);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QTRY_COMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SessionsModel::ColumnCount));

        int current = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString device = model.index(row, SessionsModel::Device).data().toString();
            if (device.contains(u"this device"_s)) {
                ++current;
                QVERIFY(device.startsWith(u"laptop"_s));
            }
            QVERIFY(model.index(row, SessionsModel::SignedIn)
                        .data(ModelRoles::SortRole)
                        .toDateTime()
                        .isValid());
        }
        QCOMPARE(current, 1);

        // The phone logs out: the list shrinks on reload.
        QVERIFY(await(phone.logout()).has_value());
        model.reload();
        QTRY_COMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TstSessionsModel)
#include "tst_sessions_model.moc"
