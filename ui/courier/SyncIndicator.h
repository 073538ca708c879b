#pragma once

#include "models/StatusColors.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;

// What the courier needs to trust the device: online or offline, how many
// changes wait to be sent, when the last sync worked, what went wrong last,
// and a button to try now.
class SyncIndicator final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncIndicator)
public:
    struct State {
        bool online = false;
        bool running = false;
        int pending = 0;
        int rejected = 0;
        QDateTime lastSyncAt;
        QString lastError;
        QDateTime nextRoundAt;
    };

    explicit SyncIndicator(QWidget* parent = nullptr);
    void setState(const State& state);
    const State& state() const { return m_state; }

signals:
    void syncNowRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void setTone(StatusColors::Tone tone);

    State m_state;
    QLabel* m_connection;
    QLabel* m_pending;
    QLabel* m_lastSync;
    QLabel* m_error;
    QPushButton* m_syncNow;
};
