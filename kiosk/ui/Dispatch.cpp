#include "ui/Dispatch.hpp"

namespace helder::ui {

Dispatched dispatch(const core::InterviewContext& context, VisitorState state, const Intent& intent)
{
    Dispatched result{std::move(state), {}};
    if (intent.ui) {
        result.state.ui = applyUiAction(result.state.ui, *intent.ui);
    }
    if (intent.action) {
        const core::Session before = result.state.session;
        core::Update updated = core::update(context, result.state.session, *intent.action);
        result.state.session = std::move(updated.session);
        result.effects = std::move(updated.effects);
        result.state.ui = followSession(result.state.ui, before, result.state.session);
    }
    return result;
}

} // namespace helder::ui
