#pragma once
#include "LoadError.h"

#include <utility>
#include <variant>

namespace continuum::dicom {

// A value or the reason there is none (C++20 has no std::expected yet).
template <typename T>
class Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(LoadError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const LoadError& error() const { return std::get<LoadError>(m_state); }

private:
    std::variant<T, LoadError> m_state;
};

} // namespace continuum::dicom
