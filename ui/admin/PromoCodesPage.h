#pragma once

#include "ui/common/Screen.h"

#include <QWidget>

class PromoCodeService;
class PromoCodeTableModel;
class QLabel;
class QTableView;

// Administrators' list of promo codes: create, edit, delete (a code already
// used is switched off instead, so that its orders keep their history).
class PromoCodesPage final : public QWidget, public Screen {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromoCodesPage)
public:
    PromoCodesPage(PromoCodeService& promoCodes, QWidget* parent = nullptr);

    void refresh() override;

    PromoCodeTableModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void edit(int row);
    void remove(int row);

    PromoCodeService& m_promoCodes;
    PromoCodeTableModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
};
