#pragma once
#include <QString>
#include <QWidget>

#include <optional>

namespace continuum::app {

class AppSettings;

// One page of the settings dialog over AppSettings: it shows the stored values and writes
// back what the user chose. save() checks first and stores nothing when a value is refused.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void load(const AppSettings& settings) = 0;
    // The reason in words when a value is refused.
    virtual std::optional<QString> save(AppSettings& settings) = 0;
};

} // namespace continuum::app
