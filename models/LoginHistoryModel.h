#pragma once

#include "domain/LoginEvent.h"
#include "KeysetTableModel.h"

class UserAdminService;

// One user's login attempts, newest first, a page at a time (kept 90 days).
class LoginHistoryModel final : public KeysetTableModel<LoginEvent> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginHistoryModel)
public:
    enum Column { Time, Outcome, Device, ColumnCount };
    static constexpr int kPageSize = 100;

    explicit LoginHistoryModel(UserAdminService& users, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setUser(qint64 userId);
    static QString outcomeText(LoginEvent::Outcome outcome);

signals:
    void loadFailed(const QString& message);

private:
    QFuture<Page> fetchPage(const LoginEvent* last, int limit) override;
    void pageFailed(const QString& message) override { emit loadFailed(message); }

    UserAdminService& m_users;
    qint64 m_userId = 0;
};
