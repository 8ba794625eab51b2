#include "ui/widgets/statuspalette.h"

#include <QWidget>

#include <cmath>

namespace StatusPalette {

namespace {

int hueFor(Tone tone)
{
    switch (tone) {
    case Tone::Positive:
        return 120;
    case Tone::Warning:
        return 40;
    case Tone::Negative:
        return 0;
    case Tone::Neutral:
        break;
    }
    return -1;
}

bool isDarkTheme(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

qreal relativeLuminance(const QColor &color)
{
    auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

} // namespace

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor foreground(const QPalette &palette, Tone tone)
{
    const QColor text = palette.color(QPalette::WindowText);
    const int hue = hueFor(tone);
    if (hue < 0)
        return text;
    // Readable on the window: dark themes get a light tint, light themes a dark saturated one.
    // Yellow and green are much brighter than red at the same lightness, so the lightness moves
    // away from the window's until the contrast holds.
    const QColor window = palette.color(QPalette::Window);
    const bool dark = isDarkTheme(palette);
    const int step = dark ? 5 : -5;
    QColor color;
    for (int lightness = dark ? 150 : 110; lightness >= 0 && lightness <= 255; lightness += step) {
        color = QColor::fromHsl(hue, dark ? 200 : 190, lightness);
        if (contrastRatio(color, window) >= MinimumContrast)
            break;
    }
    return color;
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
