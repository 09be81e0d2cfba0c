#pragma once
#include "SettingsPage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace continuum::app {

// Where the study catalog lives: an SQLite file on this computer or a shared PostgreSQL
// database (postgresql://user@host:port/database), checked as the user types. A password in
// the URL is not stored (the keyring keeps it: the viewer asks when the server wants one).
// Read at the next start; --catalog and $CONTINUUM_CATALOG still take precedence.
class CatalogSettingsPage : public SettingsPage {
    Q_OBJECT
public:
    explicit CatalogSettingsPage(QWidget* parent = nullptr);

    void load(const AppSettings& settings) override;
    std::optional<QString> save(AppSettings& settings) override;

    QString locationText() const;
    void setLocationText(const QString& text);
    // The verdict on the text as typed: empty when valid.
    QString problem() const;
    QString feedbackText() const;

private:
    void chooseFile();
    void validate();

    QLineEdit* m_location = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_feedback = nullptr;
    QString m_problem;
};

} // namespace continuum::app
