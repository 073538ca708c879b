#pragma once

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QProgressDialog>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <source_location>

// Answers the next `times` modal dialogs with `act`, as a user would, while
// the dialog's own event loop runs. It is armed for its own lifetime only: it
// never acts once the scope that made it has ended (so it cannot answer a
// dialog of a later test), and when a dialog it waited for never came, the
// test that armed it fails there and then.
class ModalAnswer final {
public:
    explicit ModalAnswer(std::function<void(QWidget*)> act, int times = 1,
                         std::source_location where = std::source_location::current())
        : m_act(std::move(act))
        , m_times(times)
        , m_where(where)
        , m_ignored(QApplication::activeModalWidget()) // a dialog already open is not ours
    {
        QObject::connect(&m_poll, &QTimer::timeout, &m_poll, [this] { poll(); });
        m_poll.start(20);
    }

    ~ModalAnswer()
    {
        m_poll.stop();
        if (m_answered < m_times && !QTest::currentTestFailed()) {
            QTest::qFail(qPrintable(QStringLiteral("a dialog the test waited for never came "
                                                   "(answered %1 of %2)")
                                        .arg(m_answered)
                                        .arg(m_times)),
                         m_where.file_name(), int(m_where.line()));
        }
    }
    Q_DISABLE_COPY_MOVE(ModalAnswer)

    int answered() const { return m_answered; }

private:
    void poll()
    {
        QWidget* modal = QApplication::activeModalWidget();
        // A progress dialog closes by itself when its work ends; it is never
        // the dialog a test answers (and shows only on a slow machine).
        if (!modal || modal == m_ignored.data() || qobject_cast<QProgressDialog*>(modal))
            return;
        // The act may run event loops (QTRY_*): meanwhile this dialog is
        // already answered, and only a newer one counts.
        m_ignored = modal;
        if (++m_answered == m_times)
            m_poll.stop();
        m_act(modal);
        // A check in `act` that failed returned before the dialog was closed;
        // close it, or its event loop would keep the test from ever ending.
        if (QTest::currentTestFailed() && m_ignored && m_ignored->isVisible()) {
            if (auto* dialog = qobject_cast<QDialog*>(m_ignored.data()))
                dialog->reject();
            else
                m_ignored->close();
        }
    }

    std::function<void(QWidget*)> m_act;
    const int m_times;
    int m_answered = 0;
    std::source_location m_where;
    QPointer<QWidget> m_ignored;
    QTimer m_poll;
};
