//! Content: the model, the file format, and the load → validate stages that turn
//! one into the other.

pub mod explain;
pub mod format;
pub mod legal;
pub mod links;
pub mod load;
pub mod model;
pub mod names;
pub mod numbering;
pub mod source;
pub mod validate;

pub use model::*;
