#include "statuspalette.h"

#include <QWidget>

namespace StatusPalette {

namespace {

int hueFor(Tone tone)
{
    switch (tone) {
    case Tone::Positive: return 120;
    case Tone::Warning: return 40;
    case Tone::Negative: return 0;
    case Tone::Neutral: break;
    }
    return -1;
}

bool isDarkTheme(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace

QColor foreground(const QPalette &palette, Tone tone)
{
    const QColor text = palette.color(QPalette::WindowText);
    const int hue = hueFor(tone);
    if (hue < 0)
        return text;
    // Readable on the window: dark themes get a light tint, light themes a dark saturated one.
    const bool dark = isDarkTheme(palette);
    return QColor::fromHsl(hue, dark ? 200 : 190, dark ? 170 : 95);
}

QColor background(const QPalette &palette, Tone tone)
{
    const QColor window = palette.color(QPalette::Window);
    const int hue = hueFor(tone);
    if (hue < 0)
        return palette.color(QPalette::AlternateBase);
    const QColor tint = QColor::fromHsl(hue, 160, window.lightness());
    // A light wash of the tone over the window colour keeps the text contrast of the theme.
    const qreal mix = 0.22;
    return QColor::fromRgbF(window.redF() * (1 - mix) + tint.redF() * mix,
                            window.greenF() * (1 - mix) + tint.greenF() * mix,
                            window.blueF() * (1 - mix) + tint.blueF() * mix);
}

void markAsErrorText(QWidget *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, foreground(palette, Tone::Negative));
    label->setPalette(palette);
}

void setErrorState(QWidget *label, QWidget *field, const QString &message)
{
    const bool inError = !message.isEmpty();
    if (label) {
        QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
        if (inError)
            palette.setColor(QPalette::WindowText, foreground(palette, Tone::Negative));
        label->setPalette(palette);
        label->setProperty("inError", inError);
    }
    if (field) {
        field->setAccessibleDescription(message);
        field->setProperty("inError", inError);
    }
}

} // namespace StatusPalette
