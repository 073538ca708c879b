#pragma once

#include "AppController.h"
#include "LoginDialog.h"
#include "TestDatabase.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// The desktop app on a test database, logged in through its real login window.
// Returns null (after a failed QVERIFY-style check) when that did not work.
inline std::unique_ptr<AppController> signedInApp(TestDatabase& db, const QString& email,
                                                  const QString& password)
{
    AppController::Options options;
    options.fixedServer = db.clientSettings();
    auto app = std::make_unique<AppController>(options);
    QSignalSpy ready(app.get(), &AppController::connectionReady);
    QSignalSpy signedIn(app.get(), &AppController::signedIn);
    app->start();
    if (!QTest::qWaitFor([&] { return ready.size() == 1; }, 15000))
        return nullptr;
    app->loginDialog()->findChild<QLineEdit*>(QStringLiteral("loginEmail"))->setText(email);
    app->loginDialog()->findChild<QLineEdit*>(QStringLiteral("loginPassword"))->setText(password);
    QTest::mouseClick(app->loginDialog()->findChild<QPushButton*>(QStringLiteral("loginButton")),
                      Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return signedIn.size() == 1; }, 15000))
        return nullptr;
    return app;
}
