#pragma once

#include "domain/SessionInfo.h"
#include "LatestRequest.h"

#include <QAbstractTableModel>
#include <QList>

class AuthService;

// The signed-in user's live sessions ("where you are logged in").
class SessionsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsModel)
public:
    enum Column { Device, SignedIn, LastActive, ColumnCount };

    explicit SessionsModel(AuthService* auth, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Asks the service again; the rows change when the answer arrives.
    void reload();
    void setSessions(QList<SessionInfo> sessions);

signals:
    void loadFailed(const QString& message);

private:
    AuthService* m_auth;
    QList<SessionInfo> m_sessions;
    LatestRequest m_latest;
};
