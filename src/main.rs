use careplan::app::App;

fn main() {
    careplan::panic_screen::install();
    leptos::mount::mount_to_body(App);
}
