#pragma once

#include "ui/common/Screen.h"

#include <QWidget>

class AuditLogService;
class AuditLogTableModel;
class MessageLabel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
struct AuditQuery;

// The audit log for administrators: who did what, when, why, with the before
// and after; filtered by actor, action, entity, dates and text; newest first,
// a page at a time; exported to CSV with progress and cancel.
class AuditLogPage final : public QWidget, public Screen {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPage)
public:
    explicit AuditLogPage(AuditLogService& audit, QWidget* parent = nullptr);

    void refresh() override;
    QLineEdit* searchField() const override { return m_text; }

    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    AuditQuery currentQuery() const;
    void applyFilter();
    void loadActions();
    void showSelected();
    void exportCsv();

    AuditLogService& m_audit;
    AuditLogTableModel* m_model;
    QLineEdit* m_actor;
    QComboBox* m_action;
    QComboBox* m_entity;
    QCheckBox* m_fromOn;
    QDateEdit* m_from;
    QCheckBox* m_toOn;
    QDateEdit* m_to;
    QLineEdit* m_text;
    QTableView* m_view;
    QPlainTextEdit* m_detail;
    MessageLabel* m_message;
};
